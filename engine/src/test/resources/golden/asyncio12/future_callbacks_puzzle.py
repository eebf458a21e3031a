# Predict the order: done callbacks, call_soon, tasks woken by the same future, sleep(0).
import asyncio

order = []

async def waiter(name, fut):
    order.append(f"{name} waits")
    v = await fut
    order.append(f"{name} woke with {v}")
    await asyncio.sleep(0)
    order.append(f"{name} after sleep0")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: order.append("cb1"))
    t1 = asyncio.create_task(waiter("t1", fut))
    loop.call_soon(order.append, "soon-A")
    t2 = asyncio.create_task(waiter("t2", fut))
    await asyncio.sleep(0)
    fut.add_done_callback(lambda f: order.append("cb2"))
    loop.call_soon(fut.set_result, "X")
    loop.call_soon(order.append, "soon-B")
    fut.add_done_callback(lambda f: loop.call_soon(order.append, "cb3-soon"))
    await asyncio.sleep(0)
    order.append("main after 1")
    await asyncio.sleep(0)
    order.append("main after 2")
    await asyncio.gather(t1, t2)
    for i, o in enumerate(order):
        print(i, o)
    # a callback added to a done future is scheduled at once
    late = []
    fut.add_done_callback(lambda f: late.append("late cb"))
    loop.call_soon(late.append, "soon after late")
    await asyncio.sleep(0)
    print(late)

asyncio.run(main())
