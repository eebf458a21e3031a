# Done callbacks that raise, that add more callbacks, that cancel other futures; partial reprs.
import asyncio
import functools

async def main():
    loop = asyncio.get_running_loop()
    order = []
    a = loop.create_future()
    b = loop.create_future()

    def cb_raises(f):
        order.append("raises")
        raise KeyError("from callback")

    def cb_adds(f):
        order.append("adds")
        f.add_done_callback(lambda f2: order.append("added late"))

    def cb_cancels_b(f):
        order.append(f"cancel b -> {b.cancel('by a')}")

    b.add_done_callback(lambda f: order.append(f"b done cancelled={f.cancelled()}"))
    a.add_done_callback(cb_raises)
    a.add_done_callback(cb_adds)
    a.add_done_callback(cb_cancels_b)
    a.add_done_callback(functools.partial(order.append))
    a.set_result("A")
    order.append("after set_result")
    await asyncio.sleep(0)
    order.append("after 1 turn")
    await asyncio.sleep(0)
    for o in order:
        print(o if not isinstance(o, asyncio.Future) else "partial got the future")
    try:
        await b
    except asyncio.CancelledError as e:
        print("b:", e.args)
    loop.set_exception_handler(lambda l, c: print("handler:", c["message"].split(" at ")[0], "|", repr(c.get("exception"))))
    c = loop.create_future()
    c.add_done_callback(cb_raises)
    c.add_done_callback(functools.partial(cb_raises))
    c.set_exception(ValueError("c failed"))
    await asyncio.sleep(0)
    c.exception()

asyncio.run(main())
