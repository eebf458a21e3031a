# time.sleep inside a coroutine blocks every task: the order shows it.
import asyncio
import time

order = []

async def blocker():
    order.append("blocker start")
    time.sleep(0.03)          # wrong: the loop cannot run anything else
    order.append("blocker end")

async def ticker():
    for i in range(3):
        order.append(f"tick {i}")
        await asyncio.sleep(0.005)

async def polite():
    order.append("polite start")
    await asyncio.sleep(0.03)
    order.append("polite end")

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(ticker(), blocker())
    blocked = loop.time() - start
    print(order)
    print("took >= 0.03:", blocked >= 0.03)
    order.clear()
    await asyncio.gather(ticker(), polite())
    print(order)
    order.clear()
    await asyncio.gather(ticker(), asyncio.to_thread(time.sleep, 0.001), polite())
    print(sorted(order))

asyncio.run(main())
