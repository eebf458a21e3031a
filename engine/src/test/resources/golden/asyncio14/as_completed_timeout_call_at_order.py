import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    loop = asyncio.get_running_loop()
    coros = [job("slow", 0.3), job("fast", 0.1), job("mid", 0.2), job("never", 5)]
    order = []
    try:
        for fut in asyncio.as_completed(coros, timeout=0.5):
            order.append(await fut)
    except TimeoutError:
        order.append("timeout")
    print(order)
    await asyncio.sleep(0)
    events = []
    now = loop.time()
    for tag, delta in [("c", 0.02), ("a", 0.01), ("b", 0.01), ("d", 0), ("e", -1)]:
        loop.call_at(now + delta, events.append, tag)
    loop.call_soon(events.append, "soon")
    loop.call_later(0.01, events.append, "later")
    await asyncio.sleep(0.05)
    print(events)
    h = loop.call_later(1, print, "never")
    print(h.cancelled(), round(h.when() - loop.time(), 1))
    h.cancel()
    print(h.cancelled(), "cancelled" in repr(h))
    ev = asyncio.Event()
    loop.call_later(0.1, ev.set)
    try:
        await asyncio.wait_for(ev.wait(), 0.05)
    except TimeoutError:
        print("first wait timed out", ev.is_set())
    print(await asyncio.wait_for(ev.wait(), 1), ev.is_set())

asyncio.run(main())
