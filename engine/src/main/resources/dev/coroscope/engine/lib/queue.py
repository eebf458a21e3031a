"""queue for Coroscope: the synchronous FIFO, LIFO and priority queues with CPython's interface.
A run has a single thread, so a blocking get() on an empty queue (or put() on a full one) with a
timeout waits that long on the virtual clock and raises Empty/Full; without a timeout it waits
forever, as CPython would, until the step budget stops the program. Written for the engine."""

import time as _time
from collections import deque as _deque
import heapq as _heapq

__all__ = ['Empty', 'Full', 'Queue', 'PriorityQueue', 'LifoQueue', 'SimpleQueue']


class Empty(Exception):
    'Exception raised by Queue.get(block=0)/get_nowait().'
    pass


Empty.__module__ = "_queue"


class Full(Exception):
    'Exception raised by Queue.put(block=0)/put_nowait().'
    pass


def _wait_forever():
    while True:
        _time.sleep(1.0)


class Queue:
    """A first-in first-out queue of at most maxsize items (0 or less: unbounded)."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.unfinished_tasks = 0

    def task_done(self):
        unfinished = self.unfinished_tasks - 1
        if unfinished < 0:
            raise ValueError('task_done() called too many times')
        self.unfinished_tasks = unfinished

    def join(self):
        if self.unfinished_tasks:
            _wait_forever()

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            if not block:
                raise Full
            if timeout is None:
                _wait_forever()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                _time.sleep(timeout)
                raise Full
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            if not block:
                raise Empty
            if timeout is None:
                _wait_forever()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                _time.sleep(timeout)
                raise Empty
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # How items are kept: a FIFO deque here; the subclasses override these hooks.
    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


# The subclasses change only how items are kept (the documented _init/_put/_get hooks); size,
# blocking and task counting stay Queue's.
class PriorityQueue(Queue):
    """A queue that always hands out its smallest item first (heapq order)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """A last-in first-out queue (a stack)."""

    _init = PriorityQueue._init

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        if not self._queue:
            if not block:
                raise Empty
            if timeout is None:
                _wait_forever()
            elif timeout < 0:
                raise ValueError("'timeout' must be a non-negative number")
            else:
                _time.sleep(timeout)
                raise Empty
        return self._queue.popleft()

    def get_nowait(self):
        return self.get(False)

    def empty(self):
        return len(self._queue) == 0

    def qsize(self):
        return len(self._queue)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


SimpleQueue.__module__ = "_queue"
