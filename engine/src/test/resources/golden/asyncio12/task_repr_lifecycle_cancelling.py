# Task and Future reprs through a life: pending, waiting, cancelling, cancelled, failed, done.
import asyncio
import re

def r(obj):
    s = re.sub(r"0x[0-9a-f]+", "0x..", repr(obj))
    return re.sub(r"/\S*/", "", s)

class Oops(Exception):
    def __repr__(self):
        return "Oops<custom>"

async def waits(fut):
    try:
        return await fut
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        raise

async def fails():
    raise Oops()

async def long():
    await asyncio.sleep(100)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print(r(fut))
    t = asyncio.create_task(waits(fut), name="waiter")
    print(r(t))
    await asyncio.sleep(0)
    print(r(t))
    t.cancel("please")
    print(r(t))
    await asyncio.sleep(0)
    print(r(t))
    print(r(fut))
    try:
        await t
    except asyncio.CancelledError:
        pass
    print(r(t))

    f = asyncio.create_task(fails(), name="failing")
    await asyncio.sleep(0)
    print(r(f))
    f.exception()

    d = asyncio.create_task(asyncio.sleep(0, result=["x" * 3]), name=("tuple", 1))
    await d
    print(r(d))

    l = asyncio.create_task(long())
    await asyncio.sleep(0)
    print(r(l))
    l.cancel()
    print(r(l))
    await asyncio.sleep(0)
    print(r(l))

    g = asyncio.gather(asyncio.sleep(0, 1))
    print(r(g))
    await g
    print(r(g))
    g2 = asyncio.gather(loop.create_future())
    g2.cancel()
    await asyncio.sleep(0)
    print(r(g2))

    fut2 = loop.create_future()
    fut2.set_exception(Oops())
    print(r(fut2))
    fut2.exception()
    fut3 = loop.create_future()
    fut3.add_done_callback(print)
    fut3.add_done_callback(lambda f: None)
    print(r(fut3))
    fut3.remove_done_callback(print)
    fut3.cancel(msg="m")
    print(r(fut3))
    s = asyncio.shield(fut3)
    print(r(s))

asyncio.run(main())
