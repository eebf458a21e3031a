# Task was destroyed but it is pending! at various points; never-awaited coroutine text
import asyncio, gc

async def forever(tag):
    await asyncio.Event().wait()

async def main():
    t = asyncio.create_task(forever("x"), name="lost-one")
    await asyncio.sleep(0)
    print("dropping", t.get_name())
    loop = asyncio.get_running_loop()
    del t
    gc.collect()
    print("after collect")

loop = asyncio.new_event_loop()
loop.run_until_complete(main())
print("loop done; closing")
loop.close()
print("closed")
