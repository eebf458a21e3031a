# call_soon / call_later / call_at with handles cancelled at different moments; order of equal deadlines.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    out = []
    hs = {}

    def rec(tag):
        out.append(tag)

    hs["later2"] = loop.call_later(0.02, rec, "later2")
    hs["at1"] = loop.call_at(t0 + 0.01, rec, "at1")
    hs["later1"] = loop.call_later(0.01, rec, "later1")
    hs["soon"] = loop.call_soon(rec, "soon")
    hs["zero"] = loop.call_later(0, rec, "zero")
    hs["neg"] = loop.call_later(-1, rec, "neg")
    hs["soon2"] = loop.call_soon(rec, "soon2")

    def canceller():
        rec("canceller")
        hs["later2"].cancel()
        hs["soon2"].cancel()

    loop.call_soon(canceller)
    print("when types:", type(hs["at1"].when()).__name__, hs["at1"].when() == t0 + 0.01)
    print("cancelled before:", {k: h.cancelled() for k, h in hs.items()})
    await asyncio.sleep(0.05)
    print(out)
    print("cancelled after:", {k: h.cancelled() for k, h in hs.items()})
    h = hs["at1"]
    h.cancel()
    h.cancel()
    print("cancel after run:", h.cancelled())
    print(repr(loop.call_soon(print)).split(" at ")[0])
    tm = loop.call_later(1, print)
    r = repr(tm)
    print(r[:r.index("when=")] + "...")
    tm.cancel()
    print(repr(tm).split(" when=")[0])
    try:
        loop.call_soon(rec, "x", context=None)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        loop.call_later("1", rec)
    except TypeError as e:
        print("TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)


asyncio.run(main())
