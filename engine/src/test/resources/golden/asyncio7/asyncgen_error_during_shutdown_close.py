import asyncio

async def stream(name):
    try:
        for i in range(5):
            yield i
    finally:
        print(f"{name} closing")
        await asyncio.sleep(0)
        raise RuntimeError(f"{name} failed to close")

keep = []

async def main():
    g = stream("alpha")
    keep.append(g)
    print("first:", await anext(g))
    print("second:", await anext(g))
    print("main returns")

asyncio.run(main())
print("after run")
