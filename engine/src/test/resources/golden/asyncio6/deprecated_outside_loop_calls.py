import asyncio

async def coro(n):
    return n

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())
f = asyncio.ensure_future(coro(1))
print(type(f).__name__)
g = asyncio.gather(coro(2), coro(3))
print(type(g).__name__)
fut = asyncio.Future()
print(fut.get_loop() is loop)
print(loop.run_until_complete(g), loop.run_until_complete(f))
try:
    asyncio.Lock(loop=loop)
except TypeError as e:
    print("TypeError:", e)
try:
    asyncio.sleep(0, loop=loop)
except TypeError as e:
    print("TypeError:", e)
t = asyncio.Task(coro(4))
print(loop.run_until_complete(t))
loop.close()
