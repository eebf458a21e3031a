import asyncio

async def dive(n):
    if n % 100 == 0:
        await asyncio.sleep(0)
    return await dive(n + 1)

async def main():
    try:
        await dive(1)
    except RecursionError as e:
        print("RecursionError:", e)
    t = asyncio.create_task(dive(1))
    try:
        await t
    except RecursionError as e:
        print("in task:", e)

asyncio.run(main())

async def deep(n):
    return await deep(n + 1)

asyncio.run(deep(0))
