import asyncio

def cb(*args):
    print("cb", args)

async def work():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1, 2)
    print(h._callback is cb, h._args, h._cancelled, h._loop is loop, h._repr, h._source_traceback)
    th = loop.call_at(10 ** 9, cb, "x")
    print(th._when, th._scheduled, th._args, th.when() == th._when)
    th.cancel()
    print(th._cancelled, th._callback, th._args, th._scheduled)
    t = asyncio.create_task(work())
    for obj in (t, h, th, loop.create_future()):
        print(type(obj).__name__, [n for n in dir(obj) if not n.startswith("_")])
    print([n for n in dir(t) if n.startswith("_") and not n.startswith("__")])
    await t
    await asyncio.sleep(0)

asyncio.run(main())
