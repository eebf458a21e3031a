# Task repr through its life: pending, waiting on future/task/sleep, cancelling, done, cancelled, exception
import asyncio
import re

def r(x):
    s = re.sub(r" at 0x[0-9a-f]+", "", repr(x))
    return re.sub(r"at [^ >]*task_repr_every_state_more\.py", "at FILE", s)

async def waits_on(fut):
    return await fut

async def sleeper():
    await asyncio.sleep(10)

async def raiser():
    await asyncio.sleep(0)
    raise LookupError("nope")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t1 = asyncio.create_task(waits_on(fut), name="w")
    print(r(t1))
    await asyncio.sleep(0)
    print(r(t1))
    t2 = asyncio.create_task(waits_on(t1), name="ww")
    await asyncio.sleep(0)
    print(r(t2))
    t3 = asyncio.create_task(sleeper(), name="s")
    await asyncio.sleep(0)
    print(r(t3))
    t3.cancel("bye")
    print(r(t3))
    await asyncio.sleep(0)
    print(r(t3))
    fut.set_result([1, 2])
    print(r(fut), r(t1))
    await asyncio.sleep(0)
    print(r(t1))
    await asyncio.sleep(0)
    print(r(t2))
    t4 = asyncio.create_task(raiser(), name="x")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(r(t4))
    t4.exception()
    t5 = asyncio.create_task(sleeper(), name=None)
    t5.set_name(("tuple", 1))
    print(r(t5))
    t5.cancel()
    await asyncio.sleep(0)
    print(r(t5))
    f2 = loop.create_future()
    f2.add_done_callback(print)
    f2.add_done_callback(lambda f: None)
    print(r(f2))
    f2.set_exception(KeyError("k"))
    print(r(f2))
    await asyncio.sleep(0)
    f2.exception()
    print(r(asyncio.current_task()))

asyncio.run(main())
