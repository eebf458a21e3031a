import asyncio

async def ticker(n):
    try:
        for i in range(n):
            print("  gen yields", i)
            yield i
            await asyncio.sleep(0.01)
    except asyncio.CancelledError as e:
        print("  gen sees cancel", e.args)
        raise
    finally:
        print("  gen finally")

async def consumer():
    total = 0
    try:
        async for v in ticker(10):
            total += v
            print("  consumer got", v)
    finally:
        print("  consumer finally, total", total)

async def main():
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.025)
    print("cancelling")
    t.cancel("enough")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main caught", e.args)
    print("cancelled:", t.cancelled())

asyncio.run(main())
