# Async generators abandoned in different ways: break, exception in the loop body, never finished
import asyncio

async def numbers(tag, n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    except GeneratorExit:
        print(f"{tag}: GeneratorExit")
        raise
    finally:
        print(f"{tag}: finally")

async def main():
    async for x in numbers("break", 5):
        if x == 1:
            break
    print("after break")
    try:
        async for x in numbers("error", 5):
            if x == 2:
                raise ValueError("stop")
    except ValueError:
        print("caught ValueError")
    g = numbers("kept", 5)
    print(await g.__anext__())
    print("main returns")
    return g

g = asyncio.run(main())
print("after run", g.ag_frame is None)
async def again():
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print("exhausted")
asyncio.run(again())
