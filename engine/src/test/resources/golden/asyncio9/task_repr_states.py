# Task and Future repr at every state of their life.
import asyncio
import re

_print = print


def print(*args):
    # coroutine locations name this file; its folder depends on where the program runs
    _print(*(re.sub(r"[^ <>=]*/(\w+\.py)", r"\1", a if isinstance(a, str) else repr(a) if not isinstance(a, (int, bool)) else str(a)) for a in args))


async def work(ev):
    await ev.wait()
    return 42


async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        return "ignored cancel"


async def main():
    ev = asyncio.Event()
    t = asyncio.create_task(work(ev), name="worker")
    print("1", t)
    await asyncio.sleep(0)
    print("2", t)
    t.cancel()
    print("3", t, t.cancelling())
    await asyncio.sleep(0)
    print("4", t)

    t2 = asyncio.create_task(work(ev), name="w2")
    await asyncio.sleep(0)
    ev.set()
    print("5", t2)
    await t2
    print("6", t2)

    t3 = asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("7", t3)
    t3.exception()

    t4 = asyncio.create_task(stubborn(), name="stub")
    await asyncio.sleep(0)
    t4.cancel("please")
    print("8", t4)
    await asyncio.sleep(0)
    print("9", t4, t4.cancelled())

    fut = asyncio.get_running_loop().create_future()
    print("10", fut)
    fut.add_done_callback(print)
    print("11", fut)
    fut.set_result([1, 2])
    print("12", fut)
    await asyncio.sleep(0)

    f2 = asyncio.get_running_loop().create_future()
    f2.set_exception(KeyError("k"))
    print("13", f2)
    f2.exception()
    f3 = asyncio.get_running_loop().create_future()
    f3.cancel()
    print("14", f3)

    t5 = asyncio.create_task(asyncio.sleep(0, result="x"), name="sleeper")
    print("15", t5)
    await t5
    print("16", t5)

    cur = asyncio.current_task()
    print("17", cur)

    g = asyncio.gather(asyncio.sleep(0), asyncio.sleep(0))
    print("18", type(g).__name__, g)
    await g
    print("19", g)


asyncio.run(main())
