# Task and Future reprs in every state.
import asyncio


def clean(x):
    # CPython names the script by its absolute path; the comparison does not depend on where it ran.
    return (x if isinstance(x, str) else repr(x)).replace(__file__, "<file>")

async def sleeper():
    await asyncio.sleep(10)

async def ok():
    return "value"

async def bad():
    raise KeyError("k")

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(sleeper(), name="sleepy")
    print(clean(t))
    await asyncio.sleep(0)
    print(clean(t))
    t.cancel()
    print(clean(t))
    await asyncio.sleep(0)
    print(clean(t))
    t2 = asyncio.create_task(ok())
    t3 = asyncio.create_task(bad())
    await asyncio.sleep(0)
    print(clean(t2))
    print(clean(t3))
    t3.exception()
    f = loop.create_future()
    print(clean(f))
    f.add_done_callback(print)
    print(clean(f))
    f.add_done_callback(lambda x: None)
    f.add_done_callback(len)
    print(clean(f))
    f.remove_done_callback(print)
    f.remove_done_callback(len)
    f.set_result("x" * 50)
    print(clean(f))
    f2 = loop.create_future()
    f2.set_exception(ValueError("nope"))
    print(clean(f2))
    f2.exception()
    f3 = loop.create_future()
    f3.cancel(msg="why")
    print(clean(f3))
    print(clean(asyncio.current_task()))
    t4 = asyncio.create_task(ok())
    waiter = asyncio.create_task(asyncio.wait_for(t4, 1))
    await asyncio.sleep(0)
    print(clean(t4))
    await waiter

asyncio.run(main())
