# call_later(0, ...) goes through the timer heap: it runs after everything that
# was already in the ready queue when the iteration started, but in the same
# iteration; call_soon from a callback waits for the next iteration.
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0, order.append, "later 0 (1)")
    loop.call_soon(order.append, "soon 1")
    loop.call_later(0, order.append, "later 0 (2)")
    loop.call_soon(lambda: loop.call_soon(order.append, "soon from a callback"))
    loop.call_soon(lambda: loop.call_later(0, order.append, "later 0 from a callback"))
    loop.call_soon(order.append, "soon 2")
    loop.call_later(-1, order.append, "later -1")
    loop.call_at(loop.time() - 10, order.append, "call_at in the past")
    await asyncio.sleep(0)
    order.append("main after sleep(0)")
    await asyncio.sleep(0)
    order.append("main after 2nd sleep(0)")
    await asyncio.sleep(0)
    order.append("main after 3rd sleep(0)")
    for i, o in enumerate(order):
        print(i, o)

    h = loop.call_soon(order.append, "cancelled handle")
    h.cancel()
    t = loop.call_later(0.01, order.append, "cancelled timer")
    print("cancelled:", h.cancelled(), t.cancelled())
    t.cancel()
    print("cancelled:", h.cancelled(), t.cancelled())
    await asyncio.sleep(0.02)
    print("ran cancelled ones?", "cancelled handle" in order, "cancelled timer" in order)
    when = t.when()
    print("timer when is loop time based:", when > 0)

asyncio.run(main())
