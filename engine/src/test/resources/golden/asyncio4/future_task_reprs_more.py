import asyncio, re

def clean(r):
    r = re.sub(r" at 0x[0-9a-f]+", "", r)
    r = re.sub(r"[\w./-]*future_task_reprs_more\.py", "FILE", r)
    return r

async def work(x):
    await asyncio.sleep(x)
    return x

def cb(f):
    pass

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(clean(repr(f)))
    f.add_done_callback(cb)
    f.add_done_callback(print)
    print(clean(repr(f)))
    f.set_result([1, 2])
    print(clean(repr(f)))
    g = loop.create_future()
    g.set_exception(ValueError("boom"))
    print(clean(repr(g)))
    g.exception()
    h = loop.create_future()
    h.cancel(msg="stop it")
    print(clean(repr(h)))
    t = asyncio.create_task(work(0.01), name="w1")
    print(clean(repr(t)))
    await asyncio.sleep(0)
    print(clean(repr(t)))
    await t
    print(clean(repr(t)))
    t2 = asyncio.create_task(work(1), name="w2")
    await asyncio.sleep(0)
    t2.cancel("bye")
    print(clean(repr(t2)))
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(clean(repr(t2)))
    async def boom():
        raise OSError(2, "No such file")
    t3 = asyncio.create_task(boom(), name="w3")
    await asyncio.sleep(0)
    print(clean(repr(t3)))
    t3.exception()
    t4 = asyncio.create_task(work(0), name="w4")
    t4.add_done_callback(cb)
    print(clean(repr(t4)))
    await t4
    print(clean(repr(t4)))
    long = loop.create_future()
    long.set_result("x" * 100)
    print(clean(repr(long)))

asyncio.run(main())
