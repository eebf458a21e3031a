# Error messages from misusing asyncio APIs, one line each.
import asyncio
import re

async def coro():
    return 1

def clean(s):
    s = re.sub(r"0x[0-9a-f]+", "0x..", str(s))
    s = re.sub(r" at \S+\.py:\d+", "", s)
    return re.sub(r"when=-?[0-9.]+", "when=T", s)

async def main():
    loop = asyncio.get_running_loop()
    done_fut = loop.create_future()
    done_fut.set_result(1)
    pending = loop.create_future()
    cancelled = loop.create_future()
    cancelled.cancel("why")
    task = asyncio.create_task(coro())
    await task
    checks = {
        "wait coroutines": lambda: asyncio.wait([coro()]),
        "wait empty": lambda: asyncio.wait([]),
        "wait bad when": lambda: asyncio.wait([task], return_when="SOON"),
        "wait a future": lambda: asyncio.wait(done_fut),
        "gather int": lambda: asyncio.gather(1),
        "create_task int": lambda: asyncio.create_task(1),
        "create_task fut": lambda: asyncio.create_task(done_fut),
        "ensure_future int": lambda: asyncio.ensure_future(1),
        "sleep str": lambda: asyncio.sleep("x"),
        "semaphore -1": lambda: asyncio.Semaphore(-1),
        "queue get_nowait": lambda: asyncio.Queue().get_nowait(),
        "queue put_nowait": lambda: asyncio.Queue(1).put_nowait(1) or asyncio.Queue(1),
        "task_done x": lambda: asyncio.Queue().task_done(),
        "lock release": lambda: asyncio.Lock().release(),
        "bsem release": lambda: asyncio.BoundedSemaphore(1).release(),
        "cond notify": lambda: asyncio.Condition().notify(),
        "call_soon int": lambda: loop.call_soon(1),
        "call_later coro fn": lambda: loop.call_later(1, coro),
        "call_soon coroutine": lambda: loop.call_soon(coro()),
        "result pending": lambda: pending.result(),
        "exception pending": lambda: pending.exception(),
        "result cancelled": lambda: cancelled.result(),
        "exception cancelled": lambda: cancelled.exception(),
        "set_result done": lambda: done_fut.set_result(2),
        "set_exception done": lambda: done_fut.set_exception(ValueError()),
        "set_exception class SI": lambda: loop.create_future().set_exception(StopIteration),
        "set_exception int": lambda: loop.create_future().set_exception(3),
        "task set_result": lambda: task.set_result(1),
        "task set_exception": lambda: task.set_exception(ValueError()),
        "wait_for int": lambda: asyncio.wait_for(5, 1),
        "shield int": lambda: asyncio.shield(5),
        "as_completed coro": lambda: list(asyncio.as_completed(coro())),
        "run_coro_threadsafe": lambda: asyncio.run_coroutine_threadsafe(5, loop),
        "timeout str": lambda: asyncio.timeout("1"),
        "barrier 0": lambda: asyncio.Barrier(0),
        "queue float": lambda: asyncio.Queue(1.5),
        "Task no coro": lambda: asyncio.Task(None),
        "Future bad loop": lambda: asyncio.Future(loop=5),
        "set_task_factory": lambda: loop.set_task_factory(3),
    }
    for label, fn in checks.items():
        try:
            r = fn()
            if asyncio.iscoroutine(r):
                r = await r
            print(f"{label:<22} -> {clean(r)[:60]}")
        except BaseException as e:
            print(f"{label:<22} {type(e).__name__}: {clean(e)}")

asyncio.run(main())
