import asyncio

async def coro():
    return "value"

class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "custom"

loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro()))
print(loop.run_until_complete(Awaitable()))
fut = loop.create_future()
loop.call_soon(fut.set_result, 42)
print(loop.run_until_complete(fut))
t = loop.create_task(coro())
print(loop.run_until_complete(t), t.done())
for bad in (5, None, coro):
    try:
        loop.run_until_complete(bad)
    except TypeError as e:
        print("TypeError:", e)
print(loop.is_running(), loop.is_closed(), loop.get_debug())
async def inner_run():
    try:
        loop.run_until_complete(coro())
    except RuntimeError as e:
        print("RuntimeError:", e)
c = coro()
loop.run_until_complete(inner_run())
loop.close()
loop.close()
print(loop.is_closed())
for call in (lambda: loop.run_until_complete(fut), lambda: loop.call_soon(print), lambda: loop.create_future(), lambda: loop.run_forever()):
    try:
        call()
        print("no error")
    except RuntimeError as e:
        print("RuntimeError:", e)
c.close()
try:
    asyncio.run(5)
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0])
try:
    asyncio.run(Awaitable())
except ValueError as e:
    print("ValueError:", str(e).split(" object at ")[0])
