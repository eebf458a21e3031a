import asyncio

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    order = []
    loop.call_later(0.02, order.append, "later 0.02")
    loop.call_at(start + 0.01, order.append, "at +0.01")
    loop.call_soon(order.append, "soon")
    h = loop.call_later(0.015, order.append, "cancelled one")
    h.cancel()
    await asyncio.sleep(0.03)
    print(order)
    print("elapsed ~", round(loop.time() - start, 2))
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "timer result")
    print(await fut)
    fired = []
    def tick(n):
        fired.append(n)
        if n < 3:
            loop.call_soon(tick, n + 1)
    loop.call_soon(tick, 0)
    await asyncio.sleep(0)
    print("after one sleep(0):", fired)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("after three:", fired)
    print(loop.is_running(), loop.is_closed(), loop.get_debug())

asyncio.run(main())
