# Mistakes learners make with the asyncio API, each caught and its message printed.
import asyncio
import re


def clean(text):
    return re.sub(r' at 0x[0-9a-f]+', '', text)


async def fetch(n=1):
    await asyncio.sleep(0)
    return n


def attempt(label, fn):
    try:
        r = fn()
        print(clean(f"{label:34} ok: {r!r}"[:100]))
    except Exception as e:
        print(clean(f"{label:34} {type(e).__name__}: {e}"))


async def attempt_async(label, make):
    try:
        r = await make()
        print(clean(f"{label:34} ok: {r!r}"))
    except Exception as e:
        print(clean(f"{label:34} {type(e).__name__}: {e}"))


async def main():
    ev = asyncio.Event()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    sem = asyncio.Semaphore(1)
    await attempt_async("gather(function objects)", lambda: asyncio.gather(fetch, fetch))
    await attempt_async("gather(a list)", lambda: asyncio.gather([fetch(1), fetch(2)]))
    await attempt_async("await asyncio.sleep (no call)", lambda: _await(asyncio.sleep))
    await attempt_async("await fetch (no call)", lambda: _await(fetch))
    await attempt_async("event.wait(1)", lambda: ev.wait(1))
    await attempt_async("queue.get(timeout=1)", lambda: q.get(timeout=1))
    await attempt_async("queue.put() no item", lambda: q.put())
    await attempt_async("lock.acquire(timeout=1)", lambda: lock.acquire(timeout=1))
    await attempt_async("sem.acquire(False)", lambda: sem.acquire(False))
    await attempt_async("wait_for(coro, timeout=None)", lambda: asyncio.wait_for(fetch(3), timeout=None))
    await attempt_async("wait_for without timeout", lambda: asyncio.wait_for(fetch(3)))
    await attempt_async("sleep(-1)", lambda: asyncio.sleep(-1, "neg"))
    await attempt_async("sleep('1')", lambda: asyncio.sleep("1"))
    await attempt_async("shield(function)", lambda: asyncio.shield(fetch))
    await attempt_async("to_thread(coroutine fn)", lambda: asyncio.to_thread(fetch))
    attempt("create_task(function)", lambda: asyncio.create_task(fetch))
    attempt("ensure_future(function)", lambda: asyncio.ensure_future(fetch))
    attempt("Task(coroutine fn)", lambda: asyncio.Task(fetch))
    attempt("run() inside a loop", lambda: asyncio.run(fetch()))
    attempt("lock.release() unlocked", lambda: lock.release())
    attempt("ev.set() result", lambda: ev.set())
    attempt("q.put_nowait() returns", lambda: q.put_nowait(1))
    attempt("get_event_loop() in coroutine", lambda: type(asyncio.get_event_loop()).__name__)
    attempt("TaskGroup().create_task first", lambda: asyncio.TaskGroup().create_task(fetch()))
    attempt("Timeout(1)", lambda: asyncio.Timeout(1))
    attempt("timeout('soon')", lambda: asyncio.timeout("soon"))
    async with lock:
        attempt("lock.locked() inside", lambda: lock.locked())
    try:
        with lock:
            pass
    except Exception as e:
        print(f"{'with lock (not async)':34} {type(e).__name__}: {e}")
    try:
        for x in q:
            pass
    except Exception as e:
        print(f"{'for x in queue':34} {type(e).__name__}: {e}")
    try:
        async for x in q:
            pass
    except Exception as e:
        print(f"{'async for x in queue':34} {type(e).__name__}: {e}")


async def _await(x):
    return await x


asyncio.run(main())
for label, fn in [("run(function)", lambda: asyncio.run(fetch)), ("run(task-less None)", lambda: asyncio.run(None)),
                  ("create_task outside loop", lambda: asyncio.create_task(fetch())),
                  ("get_running_loop outside", lambda: asyncio.get_running_loop()),
                  ("current_task outside", lambda: asyncio.current_task())]:
    attempt(label, fn)
