import asyncio

order = []
async def job(name):
    order.append(f"{name} start")
    await asyncio.sleep(0)
    order.append(f"{name} end")
    return name

async def main():
    loop = asyncio.get_running_loop()
    made = []
    def make(name):
        t = loop.create_task(job(name), name=name)
        made.append(t)
        order.append(f"cb made {name}")
    loop.call_soon(make, "soon")
    loop.call_later(0.01, make, "later")
    h = loop.call_soon(make, "cancelled-handle")
    h.cancel()
    print(h.cancelled(), repr(h).split(" ")[0])
    await asyncio.sleep(0.02)
    await asyncio.gather(*made)
    print(order)
    order.clear()
    fut = loop.create_future()
    def on_done(f):
        order.append(f"done cb sees {f.result()}")
        loop.create_task(job("from-done-cb"))
    fut.add_done_callback(on_done)
    fut.add_done_callback(lambda f: order.append("second done cb"))
    loop.call_soon(fut.set_result, 7)
    await fut
    order.append("main resumed")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(order)
    names = [asyncio.create_task(asyncio.sleep(0)).get_name() for _ in range(3)]
    print([n.startswith("Task-") for n in names], len(set(names)))
    t = asyncio.create_task(job("renamed"))
    t.set_name(123)
    print(t.get_name(), repr(t.get_name()))
    await t
    async def with_callbacks():
        t = asyncio.current_task()
        t.add_done_callback(lambda _: print("self callback ran"))
        return "ok"
    print(await asyncio.create_task(with_callbacks()))
    await asyncio.sleep(0)

asyncio.run(main())
