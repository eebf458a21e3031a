# sys.exit and KeyboardInterrupt from different places under asyncio.run; what runs on the way out
import asyncio
import sys

async def cleanup_reporter(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name} cancelled during shutdown")
        raise

async def via_to_thread():
    def worker():
        sys.exit(4)
    try:
        await asyncio.to_thread(worker)
    except SystemExit as e:
        print("SystemExit from a thread arrives as:", type(e).__name__, e.code)

async def main():
    asyncio.create_task(cleanup_reporter("bg"))
    await asyncio.sleep(0)
    await via_to_thread()
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.01))
            sys.exit("leaving with a message")
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("caught at top:", repr(e))
    sys.exit(e.code)
