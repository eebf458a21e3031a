import re as _re

_print = print


def print(*args, **kw):
    # Reprs show this file's path and addresses: masked so the output is the same anywhere.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a).replace(__file__, "FILE")) for a in args), **kw)


import asyncio

async def sleeper(n):
    await asyncio.sleep(n)

async def waiter(ev):
    await ev.wait()

async def main():
    ev = asyncio.Event()
    ts = [asyncio.create_task(sleeper(0.01 * i), name=f"s{i}") for i in range(2)]
    w = asyncio.create_task(waiter(ev), name="w")
    await asyncio.sleep(0)
    for t in sorted(asyncio.all_tasks(), key=lambda t: t.get_name()):
        r = repr(t)
        print(r[:r.find(" at ")] if " at " in r else r, t.get_coro().__qualname__)
    print(repr(asyncio.current_task()).split(" coro=")[0])
    ev.set()
    ts[0].cancel("stop now")
    await asyncio.sleep(0)
    print(repr(ts[0]).split(" coro=")[0], ts[0].cancelled())
    await asyncio.gather(*ts, w, return_exceptions=True)
    print(len(asyncio.all_tasks()))
    print(repr(w))

asyncio.run(main())
