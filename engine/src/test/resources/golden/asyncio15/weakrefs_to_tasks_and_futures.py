import re as _re

_print = print


def print(*args, **kw):
    # Reprs show this file's path and addresses: masked so the output is the same anywhere.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a).replace(__file__, "FILE")) for a in args), **kw)


import asyncio, weakref, gc

async def work():
    await asyncio.sleep(0)
    return 1

async def main():
    t = asyncio.create_task(work())
    r = weakref.ref(t)
    print(r() is t)
    await t
    del t
    gc.collect()
    print(r())
    ws = weakref.WeakSet()
    ts = [asyncio.create_task(work()) for _ in range(3)]
    for x in ts:
        ws.add(x)
    print(len(ws))
    await asyncio.gather(*ts)
    ts.clear()
    gc.collect()
    print(len(ws))
    fut = asyncio.get_running_loop().create_future()
    fr = weakref.ref(fut, lambda ref: print("future collected"))
    del fut
    gc.collect()
    print(fr())

asyncio.run(main())
