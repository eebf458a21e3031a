import asyncio

async def main():
    loop = asyncio.get_running_loop()
    a, b = loop.create_future(), loop.create_future()
    order = []
    a.add_done_callback(lambda f: (order.append("a1"), b.set_result(f.result() * 2)))
    b.add_done_callback(lambda f: order.append(f"b1={f.result()}"))
    a.add_done_callback(lambda f: order.append("a2"))
    async def waiter(f, tag):
        v = await f
        order.append(f"{tag} woke with {v}")
    ta = asyncio.create_task(waiter(a, "wa"))
    tb = asyncio.create_task(waiter(b, "wb"))
    await asyncio.sleep(0)
    loop.call_soon(order.append, "soon-before")
    a.set_result(21)
    loop.call_soon(order.append, "soon-after")
    await asyncio.gather(ta, tb)
    print(order)
    c = loop.create_future()
    c.add_done_callback(lambda f: order.append("never"))
    c.remove_done_callback
    print(c.remove_done_callback(print), len(c._callbacks))
    c.cancel()
    await asyncio.sleep(0)
    print(order[-1])

asyncio.run(main())
