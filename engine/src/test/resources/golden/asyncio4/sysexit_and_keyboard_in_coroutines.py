import asyncio, sys

async def cleanup_task():
    try:
        await asyncio.sleep(1)
    finally:
        print("cleanup task finally")

async def main():
    t = asyncio.create_task(cleanup_task())
    await asyncio.sleep(0)
    try:
        sys.exit("exiting with message")
    except SystemExit as e:
        print("caught", repr(e), e.code)
    try:
        raise KeyboardInterrupt
    except KeyboardInterrupt as e:
        print("caught KeyboardInterrupt", repr(e))
    print("now for real")
    sys.exit(3)

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped asyncio.run:", e.code)
    raise
