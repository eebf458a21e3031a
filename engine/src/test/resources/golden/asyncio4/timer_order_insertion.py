import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    now = loop.time()
    handles = []
    for name, delay in [("a", 0.03), ("b", 0.01), ("c", 0.03), ("d", 0.01), ("e", 0.02)]:
        handles.append(loop.call_at(now + delay, order.append, name))
    past = loop.call_at(now - 5, order.append, "past")
    soon = loop.call_soon(order.append, "soon")
    zero = loop.call_later(0, order.append, "zero")
    neg = loop.call_later(-1, order.append, "neg")
    print(past.when() < now, zero.when() >= now)
    h0, h1 = handles[1], handles[0]
    print(h0 < h1, h0 <= h1, h0 > h1, h0 == h0, h0 != h1)
    handles[2].cancel()
    await asyncio.sleep(0.05)
    print(order)

asyncio.run(main())
