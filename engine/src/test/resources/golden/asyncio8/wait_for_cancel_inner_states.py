import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0.05)
        return "refused to die"

async def slow_cleanup():
    try:
        await asyncio.sleep(1)
    finally:
        await asyncio.sleep(0.02)
        print("  slow_cleanup finished cleanup")

async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    try:
        r = await asyncio.wait_for(stubborn(), 0.01)
        print("wait_for returned", r)
    except TimeoutError:
        print("TimeoutError")
    print("waited for the cleanup:", loop.time() - t0 >= 0.06)
    t0 = loop.time()
    try:
        await asyncio.wait_for(slow_cleanup(), 0.01)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__cause__).__name__)
    print("waited for the cleanup:", loop.time() - t0 >= 0.03)

    # outer task cancelled while wait_for waits for the inner's cleanup
    async def runner():
        return await asyncio.wait_for(slow_cleanup(), 0.01)
    t = asyncio.create_task(runner())
    await asyncio.sleep(0.015)
    t.cancel()
    try:
        await t
    except (asyncio.CancelledError, TimeoutError) as e:
        print("runner ended with", type(e).__name__)

asyncio.run(main())
