# Tasks still pending when the program ends are destroyed: asyncio reports each,
# then their coroutines are closed, which runs their finally blocks.
import asyncio

async def inner():
    try:
        await asyncio.Event().wait()
    finally:
        print("inner finally")

async def outer():
    try:
        await inner()
    finally:
        print("outer finally")

async def never_started():
    print("not printed")

loop = asyncio.new_event_loop()
t = loop.create_task(outer())
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
print("loop closed, task pending:", not t.done())
print("end of program")
