import asyncio

async def slow():
    try:
        await asyncio.sleep(1)
    finally:
        print("slow cleanup")

async def fails_late():
    await asyncio.sleep(0.02)
    raise ValueError("late")

async def main():
    try:
        async with asyncio.timeout(0.01):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow())
                tg.create_task(fails_late())
    except* TimeoutError as eg:
        print("TimeoutError outside", repr(eg))
    except* ValueError as eg:
        print("ValueError group", eg.exceptions)
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(slow())
                tg.create_task(fails_late())
    except* TimeoutError as eg:
        print("TimeoutError outside (2)", repr(eg))
    except* ValueError as eg:
        print("ValueError group (2)", eg.exceptions)

asyncio.run(main())
