import queue
for cls in (queue.Queue, queue.LifoQueue, queue.PriorityQueue):
    q = cls(maxsize=3)
    for x in (5, 1, 3):
        q.put(x)
    print(cls.__name__, q.qsize(), q.full(), [q.get() for _ in range(3)], q.empty(), q.unfinished_tasks)
    try:
        q.get_nowait()
    except queue.Empty:
        print('empty')
    for x in (2, 9):
        q.put_nowait(x)
    print(q.get(), q.qsize())
    q.task_done(); q.task_done()
    print(q.unfinished_tasks)
class Mine(queue.Queue):
    def _init(self, maxsize):
        self.queue = []
    def _put(self, item):
        self.queue.insert(0, item)
    def _get(self):
        return self.queue.pop(0)
m = Mine(); m.put(1); m.put(2); print(m.get(), m.qsize())
