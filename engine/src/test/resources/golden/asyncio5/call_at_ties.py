# call_later / call_at with equal and past times; time reads through loop.time
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    out = []
    now = loop.time()
    for i, d in enumerate([0.02, 0.01, 0.02, 0, -1, 0.01]):
        loop.call_later(d, out.append, (i, d))
    loop.call_at(now + 0.01, out.append, "at+0.01")
    loop.call_at(now - 5, out.append, "at-past")
    loop.call_soon(out.append, "soon")
    h = loop.call_later(0.015, out.append, "cancelled")
    print(type(h).__name__, h.cancelled(), round(h.when() - now, 3))
    h.cancel()
    print(h.cancelled())
    await asyncio.sleep(0.05)
    for x in out:
        print(x)
    print(repr(loop.call_later(1, print)).split(" when=")[0])

asyncio.run(main())
