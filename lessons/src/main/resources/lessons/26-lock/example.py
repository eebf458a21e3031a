import asyncio

balance = 100

async def withdraw(name, amount, lock):
    global balance
    async with lock:
        seen = balance
        print(name, "sees balance", seen)
        await asyncio.sleep(1)  # a slow bank call
        balance = seen - amount
        print(name, "took", amount, "| balance", balance)

async def main():
    lock = asyncio.Lock()
    await asyncio.gather(
        asyncio.create_task(withdraw("ann", 30, lock), name="ann"),
        asyncio.create_task(withdraw("bob", 50, lock), name="bob"),
    )
    print("final balance", balance)

asyncio.run(main())
