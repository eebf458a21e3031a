import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
        return "normal"
    finally:
        return "from finally"

async def polite():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        return "cancelled but returned"

async def main():
    ts = [asyncio.create_task(f()) for f in (stubborn, polite)]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel("please")
    res = await asyncio.gather(*ts, return_exceptions=True)
    print(res, [t.cancelled() for t in ts], [t.cancelling() for t in ts])
    outer = asyncio.create_task(asyncio.wait_for(stubborn(), 0.01))
    print("wait_for result:", await outer)

asyncio.run(main())
