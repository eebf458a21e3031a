"""queue for Coroscope: the synchronous FIFO, LIFO and priority queues with CPython's interface,
for threading's threads. A blocking get() on an empty queue (or put() on a full one) lets the other
threads run until an item (a free place) is there, or its timeout has passed on the virtual clock
(then Empty/Full); join() waits for task_done() of every item put. A wait no thread can ever end
raises RuntimeError (see threading). Written for the engine."""

import threading as _threading
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


def _wait(what, ready, block, timeout, failure, checked=True):
    # Waits (see threading._block) until ready(); a failed wait raises failure. A negative
    # timeout is refused whenever it could matter (checked), even if no wait is needed.
    if checked and block and timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    if ready():
        return
    if not block:
        raise failure
    if not _threading._block(what, ready, _threading._deadline(timeout)):
        raise failure


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
        _threading._block("joining this queue", self._all_done)

    def _all_done(self):
        return not self.unfinished_tasks

    def _has_items(self):
        return self._qsize() > 0

    def _has_room(self):
        return not (0 < self.maxsize <= self._qsize())

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        _wait("putting into this full queue", self._has_room, block, timeout, Full, self.maxsize > 0)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        _wait("getting from this empty queue", self._has_items, block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)

    # How items are kept: a FIFO deque here; the subclasses override these hooks.
    def _init(self, maxsize):
        self.queue = _deque()

    def _put(self, item):
        self.queue.append(item)

    def _qsize(self):
        return len(self.queue)

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

    def _get(self):
        return self.queue.pop()

    def _put(self, item):
        self.queue.append(item)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = _deque()

    def put(self, item, block=True, timeout=None):
        self._queue.append(item)

    def put_nowait(self, item):
        self.put(item, block=False)

    def get(self, block=True, timeout=None):
        _wait("getting from this empty queue", self._has_items, block, timeout, Empty)
        return self._queue.popleft()

    def _has_items(self):
        return len(self._queue) > 0

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
