import asyncio
import functools

order = []

def cb(tag, fut):
    order.append((tag, fut.result() if not fut.cancelled() else "X"))

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(functools.partial(cb, "a"))
    f.add_done_callback(functools.partial(cb, "b"))
    p = functools.partial(cb, "c")
    f.add_done_callback(p)
    f.add_done_callback(p)
    print("removed", f.remove_done_callback(p))
    f.add_done_callback(functools.partial(cb, "d"))

    async def awaiter(tag):
        r = await f
        order.append((tag, r))
    t1 = asyncio.create_task(awaiter("task1"))
    await asyncio.sleep(0)
    loop.call_soon(order.append, ("soon-before", None))
    f.set_result(5)
    loop.call_soon(order.append, ("soon-after", None))
    f.add_done_callback(functools.partial(cb, "late"))
    t2 = asyncio.create_task(awaiter("task2"))
    await asyncio.sleep(0)
    order.append(("main", 1))
    await asyncio.sleep(0)
    order.append(("main", 2))
    await t1, t2
    for o in order:
        print(o)

    # callback that adds another callback to a done future
    order.clear()
    g = loop.create_future()
    def first(fut):
        order.append("first")
        fut.add_done_callback(lambda _: order.append("added-in-first"))
    g.add_done_callback(first)
    g.add_done_callback(lambda _: order.append("second"))
    g.cancel()
    loop.call_soon(order.append, "soon")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)

    # remove_done_callback during callbacks run
    order.clear()
    h = loop.create_future()
    def c1(fut):
        order.append("c1")
        print("remove c2 ->", fut.remove_done_callback(c2))
    def c2(fut):
        order.append("c2")
    h.add_done_callback(c1)
    h.add_done_callback(c2)
    h.set_result(None)
    print("removed before run:", h.remove_done_callback(c2))
    h.add_done_callback(c2)
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
