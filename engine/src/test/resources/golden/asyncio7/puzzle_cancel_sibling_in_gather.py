import asyncio

async def victim():
    try:
        for i in range(5):
            print("victim step", i)
            await asyncio.sleep(0)
        return "victim done"
    except asyncio.CancelledError:
        print("victim cancelled")
        raise

async def assassin(target):
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("assassin strikes:", target.cancel())
    return "assassin done"

async def main():
    v = asyncio.create_task(victim())
    res = await asyncio.gather(v, assassin(v), return_exceptions=True)
    print(res)
    v2 = asyncio.create_task(victim())
    try:
        await asyncio.gather(v2, assassin(v2))
    except asyncio.CancelledError:
        print("gather raised CancelledError; main cancelling =", asyncio.current_task().cancelling())
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
