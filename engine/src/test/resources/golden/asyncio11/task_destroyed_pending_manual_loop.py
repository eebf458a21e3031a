import asyncio, gc

async def forever():
    await asyncio.Event().wait()

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(forever(), name="lost")
    await asyncio.sleep(0)
    print(repr(t).replace(__file__, "F"))
    return t

loop = asyncio.new_event_loop()
t = loop.run_until_complete(main())
print("pending:", len(asyncio.all_tasks(loop)))
loop.close()
print("closed")
del t
gc.collect()
print("end")
