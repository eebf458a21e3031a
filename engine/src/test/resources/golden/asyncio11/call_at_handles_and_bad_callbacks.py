import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    now = loop.time()
    hs = []
    for i, d in enumerate([0.03, 0.01, 0.02, 0.04]):
        hs.append(loop.call_at(now + d, out.append, i))
    h0 = loop.call_soon(out.append, "soon")
    h1 = loop.call_later(0, out.append, "later0")
    hs[2].cancel()
    print(type(hs[0]).__name__, type(h0).__name__)
    print("cancelled?", [h.cancelled() for h in hs])
    print("when ok", abs(hs[1].when() - (now + 0.01)) < 1e-9)
    h0.cancel(); h0.cancel()
    print(h0.cancelled())
    await asyncio.sleep(0.06)
    print(out)
    # handle that cancels another handle pending in same iteration
    order = []
    def first():
        order.append("first")
        second_h.cancel()
    def second():
        order.append("second")
    loop.call_soon(first)
    second_h = loop.call_soon(second)
    loop.call_soon(order.append, "third")
    await asyncio.sleep(0)
    print(order)
    # call_soon with kwargs is TypeError
    try:
        loop.call_soon(print, "x", end="")
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError", e)
    try:
        loop.call_later("1", print)
    except TypeError as e:
        print("TypeError", type(e).__name__)
    # coroutine function passed to call_soon
    async def co(): pass
    try:
        loop.call_soon(co)
    except TypeError as e:
        print("TypeError", e)

asyncio.run(main())
