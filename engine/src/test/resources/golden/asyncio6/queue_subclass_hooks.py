import asyncio

class DedupQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = []
        self._seen = set()
    def _put(self, item):
        if item not in self._seen:
            self._seen.add(item)
            self._queue.append(item)
    def _get(self):
        return self._queue.pop(0)

async def main():
    q = DedupQueue()
    for x in "abacabd":
        q.put_nowait(x)
    print("qsize", q.qsize(), "unfinished", q._unfinished_tasks, q)
    out = []
    while not q.empty():
        out.append(await q.get())
        q.task_done()
    print(out, "unfinished", q._unfinished_tasks)
    try:
        await asyncio.wait_for(q.join(), 0.01)
    except TimeoutError:
        print("join timed out")
    pq = asyncio.PriorityQueue()
    for item in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
        await pq.put(item)
    print([pq.get_nowait() for _ in range(pq.qsize())])
    lq = asyncio.LifoQueue(maxsize=2)
    lq.put_nowait(1); lq.put_nowait(2)
    try:
        lq.put_nowait(3)
    except asyncio.QueueFull:
        print("lifo full", lq.full(), lq.maxsize)
    print(lq.get_nowait(), lq.get_nowait())
    print(asyncio.Queue(maxsize=-1).full(), asyncio.Queue(0).maxsize)

asyncio.run(main())
