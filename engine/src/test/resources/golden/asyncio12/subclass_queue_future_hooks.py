# Subclassing asyncio classes: a deduplicating Queue via _init/_put/_get, a Future that logs.
import asyncio
import collections

class UniqueQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = collections.OrderedDict()

    def _put(self, item):
        self._queue[item] = None

    def _get(self):
        return self._queue.popitem(last=False)[0]

class LoggingFuture(asyncio.Future):
    log = []

    def set_result(self, result):
        self.log.append(f"set_result({result!r})")
        super().set_result(result)

    def add_done_callback(self, fn, *, context=None):
        self.log.append("add_done_callback")
        super().add_done_callback(fn, context=context)

class CountingLock(asyncio.Lock):
    def __init__(self):
        super().__init__()
        self.acquisitions = 0

    async def acquire(self):
        r = await super().acquire()
        self.acquisitions += 1
        return r

async def main():
    q = UniqueQueue()
    for url in ["a", "b", "a", "c", "b"]:
        q.put_nowait(url)
    print(q.qsize(), q.empty(), [q.get_nowait() for _ in range(q.qsize())])
    print(q._unfinished_tasks)
    lq = asyncio.LifoQueue()
    print(type(lq._queue).__name__, type(asyncio.PriorityQueue()._queue).__name__,
          type(asyncio.Queue()._queue).__name__)

    fut = LoggingFuture()
    print(isinstance(fut, asyncio.Future), type(fut).__name__, asyncio.isfuture(fut))
    waiter = asyncio.create_task(asyncio.wait_for(fut, 1))
    await asyncio.sleep(0)
    asyncio.get_running_loop().call_soon(fut.set_result, 99)
    print(await waiter, LoggingFuture.log)
    print(repr(fut).split(" at ")[0])

    lock = CountingLock()
    async def use(i):
        async with lock:
            await asyncio.sleep(0)
    await asyncio.gather(*(use(i) for i in range(3)))
    print("acquisitions", lock.acquisitions, lock.locked())

asyncio.run(main())
