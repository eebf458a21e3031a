import asyncio

async def ticker(name):
    try:
        i = 0
        while True:
            yield i
            i += 1
    except GeneratorExit:
        print(name, "got GeneratorExit")
        raise
    finally:
        print(name, "finally")

async def slow_close(name):
    try:
        yield 1
        yield 2
    finally:
        print(name, "cleanup start", asyncio.current_task() is not None)
        await asyncio.sleep(0)
        print(name, "cleanup end")

keep = []

async def main():
    a = ticker("a")
    print(await a.__anext__(), await a.__anext__())
    del a
    print("after del a")
    b = slow_close("b")
    print(await anext(b))
    keep.append(b)
    async for v in ticker("c"):
        if v == 1:
            break
    print("main done")

asyncio.run(main())
print("after run")
