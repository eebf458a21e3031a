# KeyboardInterrupt raised in a TaskGroup child: what the siblings and the caller see
import asyncio

async def sibling(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"sibling {n} cancelled")
        raise
    finally:
        print(f"sibling {n} finally")

async def bad():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt("ctrl-c")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(sibling(1))
            tg.create_task(bad())
            tg.create_task(sibling(2))
            print("body done")
    except KeyboardInterrupt as e:
        print("main caught", repr(e))
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("outside:", repr(e))
print("end")
