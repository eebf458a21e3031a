# except* handlers inside a task raising new errors; traceback of the combined group
import asyncio

async def child(n):
    await asyncio.sleep(0)
    raise [ValueError, TypeError, KeyError][n](f"child {n}")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(3):
                tg.create_task(child(i))
    except* ValueError as eg:
        print("value handler", [str(e) for e in eg.exceptions])
        raise RuntimeError("converted") from None
    except* TypeError as eg:
        print("type handler", [str(e) for e in eg.exceptions])
        1 / 0

async def runner():
    t = asyncio.create_task(main())
    try:
        await t
    except BaseExceptionGroup as eg:
        print("caught", repr(eg))
        print([type(e).__name__ for e in eg.exceptions])
        raise

asyncio.run(runner())
