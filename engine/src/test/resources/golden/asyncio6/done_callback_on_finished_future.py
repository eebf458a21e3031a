import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.set_result("r")
    calls = []
    fut.add_done_callback(lambda f: calls.append("cb1"))
    print("added to done future; called yet?", calls)
    loop.call_soon(calls.append, "soon-after")
    fut.add_done_callback(lambda f: calls.append("cb2"))
    await asyncio.sleep(0)
    print(calls)
    f2 = loop.create_future()
    def cb(f):
        calls.append("removed?")
    f2.add_done_callback(cb)
    f2.add_done_callback(cb)
    print("removed count:", f2.remove_done_callback(cb), f2.remove_done_callback(cb))
    f2.cancel()
    await asyncio.sleep(0)
    print(calls)
    f3 = loop.create_future()
    order = []
    f3.add_done_callback(lambda f: order.append(("a", f.exception())))
    f3.set_exception(KeyError("x"))
    f3.add_done_callback(lambda f: order.append(("b", type(f.exception()).__name__)))
    await asyncio.sleep(0)
    print(order)

asyncio.run(main())
