# asyncio.run with non-coroutines, task numbering across runs, get_event_loop and
# friends outside a running loop.
import asyncio

async def name():
    return asyncio.current_task().get_name()

for bad in (42, None, [1]):
    try:
        asyncio.run(bad)
    except ValueError as e:
        print(e)
try:
    asyncio.run(name)
except ValueError as e:
    print(str(e).split(" at ")[0])
print("main is Task-N:", asyncio.run(name()))

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print(e)
try:
    asyncio.current_task()
except RuntimeError as e:
    print(e)
print(asyncio._get_running_loop())

try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after asyncio.run:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(type(loop).__name__, loop is asyncio.get_event_loop(), loop.is_running(), loop.is_closed())
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print(e)
new = asyncio.new_event_loop()
asyncio.set_event_loop(new)
print(asyncio.get_event_loop() is new)
async def inside():
    return asyncio.get_event_loop() is asyncio.get_running_loop()
print(new.run_until_complete(inside()))
print(asyncio.run(name()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("after run:", e)
new.close()
loop.close()
try:
    asyncio.set_event_loop(42)
except TypeError as e:
    print(e)
c = name()
try:
    asyncio.create_task(c)
except RuntimeError as e:
    print("create_task outside:", e)
c.close()
