import asyncio

async def inner():
    await asyncio.sleep(0)
    return "inner value"

async def main():
    t = asyncio.create_task(inner())
    return t

t = asyncio.run(main())
print(type(t).__name__, t.done(), t.cancelled())
try:
    print(t.result())
except asyncio.CancelledError:
    print("cancelled at shutdown")
except asyncio.InvalidStateError as e:
    print("InvalidStateError:", e)

async def main2():
    loop = asyncio.get_running_loop()
    return loop

loop = asyncio.run(main2())
print(loop.is_closed(), loop.is_running())
res = asyncio.run(asyncio.sleep(0, result={"k": [1, 2]}))
print(res)
async def gen_main():
    return [x async for x in agen()]
async def agen():
    yield 1
    yield 2
print(asyncio.run(gen_main()))
