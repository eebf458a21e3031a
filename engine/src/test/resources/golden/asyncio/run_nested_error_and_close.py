import asyncio

async def inner():
    return 'inner'

async def main():
    coro = inner()
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print(e)
    print(await coro)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(inner())
    except RuntimeError as e:
        print(e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print(e)
    try:
        loop.close()
    except RuntimeError as e:
        print(e)

asyncio.run(main())
