import asyncio.exceptions
from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio import tasks, locks, queues, events, futures
import asyncio.taskgroups as tgs
from asyncio.timeouts import timeout
from asyncio.runners import Runner

print(CancelledError is asyncio.CancelledError, InvalidStateError is asyncio.InvalidStateError)
print(tasks.Task is asyncio.Task, tasks.sleep is asyncio.sleep, tasks.gather is asyncio.gather)
print(locks.Lock is asyncio.Lock, queues.Queue is asyncio.Queue, events.get_running_loop is asyncio.get_running_loop)
print(futures.Future is asyncio.Future, tgs.TaskGroup is asyncio.TaskGroup, timeout is asyncio.timeout)
print(asyncio.exceptions.TimeoutError is TimeoutError, asyncio.exceptions.BrokenBarrierError.__module__)
for f in (asyncio.sleep, asyncio.gather, asyncio.wait_for, asyncio.create_task, asyncio.run, asyncio.timeout,
          asyncio.to_thread, asyncio.new_event_loop, asyncio.wrap_future):
    print(f"{f.__name__:<14} {f.__module__}")
print(type(asyncio.tasks).__name__, asyncio.tasks.__name__, asyncio.exceptions.__name__)

async def main():
    try:
        async with timeout(0.01):
            await tasks.sleep(1)
    except asyncio.exceptions.TimeoutError:
        print("timed out through asyncio.exceptions.TimeoutError")
    t = asyncio.create_task(tasks.sleep(1))
    await tasks.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.exceptions.CancelledError:
        print("cancelled through asyncio.exceptions.CancelledError")
    q = queues.Queue()
    try:
        q.get_nowait()
    except asyncio.queues.QueueEmpty:
        print("QueueEmpty through asyncio.queues")
    try:
        asyncio.wrap_future(42)
    except AssertionError as e:
        print("AssertionError:", e)

with Runner() as r:
    r.run(main())
