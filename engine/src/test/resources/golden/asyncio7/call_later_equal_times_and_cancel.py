import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    now = loop.time()
    h = [loop.call_at(now + 0.01, order.append, i) for i in range(1)]
    h2 = loop.call_later(0.02, order.append, "later")
    h3 = loop.call_soon(order.append, "soon")
    h4 = loop.call_later(0, order.append, "later0")
    h5 = loop.call_later(-5, order.append, "negative")
    h6 = loop.call_soon(order.append, "soon-cancelled")
    h6.cancel()
    print("cancelled:", h6.cancelled(), h2.cancelled())
    print("when ordered:", h5.when() < h4.when() < h[0].when() < h2.when())
    await asyncio.sleep(0)
    print("after one turn:", order)
    await asyncio.sleep(0)
    print("after two turns:", order)
    await asyncio.sleep(0.03)
    print("end:", order)
    h2.cancel()
    print("cancel after run:", h2.cancelled())

asyncio.run(main())
