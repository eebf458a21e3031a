# Subclassing asyncio's classes: a counting Lock, a logging Semaphore, an Event with history,
# a TaskGroup that names its tasks, a Task subclass via a task factory, a Runner subclass.
import asyncio
import re


def clean(s):
    return re.sub(r" at 0x[0-9a-f]+", "", s)


class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.acquisitions = 0

    async def acquire(self):
        r = await super().acquire()
        self.acquisitions += 1
        return r


class LoggingSemaphore(asyncio.BoundedSemaphore):
    def __init__(self, value, log):
        super().__init__(value)
        self.log = log

    def release(self):
        self.log.append(f"release (value before {self._value})")
        super().release()


class HistoryEvent(asyncio.Event):
    def __init__(self):
        super().__init__()
        self.history = []

    def set(self):
        self.history.append("set")
        super().set()

    def clear(self):
        self.history.append("clear")
        super().clear()


class NamingTaskGroup(asyncio.TaskGroup):
    def __init__(self, prefix):
        super().__init__()
        self.prefix = prefix
        self.n = 0

    def create_task(self, coro, *, name=None, context=None):
        self.n += 1
        return super().create_task(coro, name=f"{self.prefix}-{self.n}", context=context)

    async def __aexit__(self, et, exc, tb):
        print("group exiting with", et.__name__ if et else None)
        return await super().__aexit__(et, exc, tb)


class MyTask(asyncio.Task):
    def __repr__(self):
        return f"<MyTask {self.get_name()} done={self.done()}>"


class MyRunner(asyncio.Runner):
    def run(self, coro, *, context=None):
        print("MyRunner.run", type(coro).__name__)
        return super().run(coro, context=context)


async def work(lock, sem, ev, i):
    async with sem:
        async with lock:
            await asyncio.sleep(0)
    await ev.wait()
    return i * i


async def main():
    log = []
    lock, sem, ev = CountingLock(), LoggingSemaphore(2, log), HistoryEvent()
    print(clean(repr(lock)), clean(repr(sem)), clean(repr(ev)))
    async with NamingTaskGroup("w") as tg:
        tasks = [tg.create_task(work(lock, sem, ev, i)) for i in range(3)]
        await asyncio.sleep(0.001)
        ev.clear()
        ev.set()
    print([t.get_name() for t in tasks], [t.result() for t in tasks])
    print(lock.acquisitions, log, ev.history)
    try:
        sem.release()
    except ValueError as e:
        print("bounded:", e)
    try:
        async with NamingTaskGroup("f") as tg:
            tg.create_task(asyncio.sleep(1))
            raise KeyError("body")
    except* KeyError as eg:
        print("caught", eg.exceptions)
    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda lp, coro, **kw: MyTask(coro, loop=lp, **kw))
    t = asyncio.create_task(asyncio.sleep(0, "x"))
    print(type(t).__name__, t, await t, t)
    print(isinstance(t, asyncio.Task), type(asyncio.current_task()).__name__)
    loop.set_task_factory(None)


with MyRunner() as r:
    print(r.run(main()))
    print(r.run(asyncio.sleep(0, "second")))
