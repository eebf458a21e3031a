import asyncio

HERE = __file__.rsplit("/", 1)[0] + "/"

def show(obj):
    print(repr(obj).replace(HERE, ""))

def bad_cb(x):
    raise KeyError(x)

async def never():
    await asyncio.sleep(10)

async def boom():
    raise ValueError("boom")

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(bad_cb, "k")
    show(h)
    th = loop.call_later(5, print)
    print(repr(th).replace(str(th.when()), "W").replace(HERE, ""))
    th.cancel()
    print(repr(th).replace(str(th.when()), "W").replace(HERE, ""))
    fut = asyncio.Future()
    show(fut)
    g = asyncio.gather(asyncio.sleep(0))
    show(g)
    await g
    t = loop.create_task(never())
    show(t)
    await asyncio.sleep(0)
    show(t)
    async with asyncio.TaskGroup() as tg:
        t2 = tg.create_task(asyncio.sleep(0))
        show(t2)
    show(asyncio.ensure_future(boom()))
    show(asyncio.current_task())
    f2 = loop.create_future()
    f2.set_exception(RuntimeError("lost"))
    del f2
    print("end")

asyncio.run(main(), debug=True)
