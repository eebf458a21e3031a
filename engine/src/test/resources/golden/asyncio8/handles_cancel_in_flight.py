import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    handles = {}
    def fire(name):
        out.append(name)
        if name == "s1":
            handles["s2"].cancel()
            handles["l1"].cancel()
        if name == "l0":
            h = loop.call_later(0, fire, "from-l0")
            handles["from-l0"] = h
            loop.call_soon(fire, "soon-from-l0")
    base = loop.time()
    handles["s1"] = loop.call_soon(fire, "s1")
    handles["s2"] = loop.call_soon(fire, "s2")
    handles["s3"] = loop.call_soon(fire, "s3")
    handles["l0"] = loop.call_later(0, fire, "l0")
    handles["l1"] = loop.call_later(0.01, fire, "l1")
    handles["a1"] = loop.call_at(base + 0.01, fire, "a1")
    handles["a2"] = loop.call_at(base - 5, fire, "a2")
    handles["l2"] = loop.call_later(-1, fire, "l2")
    await asyncio.sleep(0.05)
    print(out)
    for k, h in handles.items():
        print(k, h.cancelled(), type(h).__name__)
    h = handles["a1"]
    print("when", round(h.when() - base, 3), h.when() > base)
    h.cancel(); h.cancel()
    print("cancel twice ok", h.cancelled())
    # cancelling a timer then re-scheduling same callback
    h = loop.call_later(0.01, out.append, "x")
    h.cancel()
    h2 = loop.call_later(0.01, out.append, "y")
    await asyncio.sleep(0.02)
    print(out[-2:])
    # compare timer handles
    t1 = loop.call_at(100, print)
    t2 = loop.call_at(100, print)
    t3 = loop.call_at(200, print)
    print(t1 == t2, t1 < t3, t3 > t1, t1 <= t2, sorted([t3, t1])[0] is t1)
    for t in (t1, t2, t3):
        t.cancel()

asyncio.run(main())
