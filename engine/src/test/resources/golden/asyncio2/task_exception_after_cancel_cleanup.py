# A cancelled task whose cleanup raises: the task ends with that error, chained to CancelledError.
import asyncio


async def cleanup_fails():
    try:
        await asyncio.sleep(1)
    finally:
        raise OSError("cleanup failed")


async def cleanup_returns():
    try:
        await asyncio.sleep(1)
    finally:
        return "returned from finally"


async def main():
    t = asyncio.create_task(cleanup_fails())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except OSError as e:
        print("OSError:", e, "| context:", type(e.__context__).__name__)
    print("cancelled?", t.cancelled(), "exception:", repr(t.exception()))

    u = asyncio.create_task(cleanup_returns())
    await asyncio.sleep(0)
    u.cancel()
    print("result:", await u, "cancelled?", u.cancelled())


asyncio.run(main())
