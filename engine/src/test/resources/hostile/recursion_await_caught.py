import asyncio


async def descend(n):
    return await descend(n + 1)


async def main():
    try:
        await descend(0)
    except RecursionError as e:
        print("caught:", type(e).__name__, e)
    print("main goes on")
    return "ok"


print(asyncio.run(main()))
