import asyncio

class QuotaExceeded(Exception):
    def __init__(self, user, used):
        super().__init__(f"{user} used {used} of 10")

async def charge(user, amount):
    await asyncio.sleep(0)
    if amount > 10:
        raise QuotaExceeded(user, amount)
    return amount

async def main():
    async with asyncio.timeout(5):
        ok = await asyncio.shield(charge("ann", 3))
        print("charged", ok)
        await asyncio.shield(charge("bob", 12))

asyncio.run(main())
