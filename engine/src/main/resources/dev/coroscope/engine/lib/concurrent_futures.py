# Coroscope's concurrent.futures, for an engine that runs one thread (see threading.py).
# A worker "thread" of a ThreadPoolExecutor runs a submitted function to its end at once, as
# soon as the pool has a worker free; work queued behind busy workers runs when the program
# first waits for something of that pool (result(), wait, as_completed, map, shutdown). The time
# the function spends sleeping is its own: its future becomes done that much later on the
# virtual clock, and waiting for it moves the clock there, so completion order, timeouts and
# elapsed times come out as with real threads. What cannot be had is interleaving: the output
# a function prints appears all at once, where it runs. A wait no thread can end raises instead
# of hanging. ProcessPoolExecutor works the same way, in this process.
# Compiled as library code: its frames never show in tracebacks.

import collections as _collections
import itertools as _itertools
import sys as _sys
import time as _time

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InvalidStateError')

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_AS_COMPLETED = '_AS_COMPLETED'

PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished",
}

_BASE = 'concurrent.futures._base'


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """Raised when a executor has become non-functional after a severe failure."""


for _c in (Error, CancelledError, InvalidStateError, BrokenExecutor):
    _c.__module__ = _BASE
# Not one of concurrent.futures' own names (it lives in concurrent.futures._base).
_Error = Error
del Error


def _logger():
    import logging
    return logging.getLogger("concurrent.futures")


def _now():
    return _time.monotonic()


# Clock readings closer than this are the same moment (each reading of the virtual clock moves it on a little).
_INSTANT = 1e-6


def _forever(what):
    return RuntimeError(f"{what} would wait forever: Coroscope runs a single thread, so no other "
                        f"thread can ever complete this future")


class Future(object):
    """Represents the result of an asynchronous computation."""

    def __init__(self):
        self._state = PENDING
        self._result = None
        self._exception = None
        self._done_callbacks = []
        # Set for work a pool ran: when (virtual time) it starts and ends, and how it ends.
        self._start = None
        self._ready_at = None
        self._outcome = None
        self._executor = None
        self._eager = False
        self._thread = None

    def _settle(self, force=False):
        # Work a pool ran becomes visible once the clock has passed its start and its end (the
        # main thread asking at once, before any time passed, still sees it pending); force:
        # the caller waited for it.
        if self._executor is not None:
            if force:
                self._executor._drain(upto=self)
            else:
                self._executor._drain(until=_now())
        if self._ready_at is None or self._state not in (PENDING, RUNNING):
            return
        now = _now()
        # A new worker thread takes its item before submit() returns; an idle one is only woken.
        instant = 0.0 if self._eager else _INSTANT
        if force or now >= self._ready_at + instant:
            exc, result = self._outcome
            self._outcome = None
            if exc is not None:
                self._exception = exc
            else:
                self._result = result
            self._state = FINISHED
            self._invoke_callbacks()
        elif now >= self._start + instant:
            self._state = RUNNING

    def _invoke_callbacks(self):
        if self._thread is not None and self._done_callbacks:
            # A pool's future calls its callbacks in the worker thread that finished the work.
            import threading
            thread, self._thread = self._thread, None
            threading._run_as(thread, self._invoke_callbacks)
            return
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception:
                _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        self._settle()
        where = f"<{self.__class__.__name__} at {hex(id(self))} state={_STATE_TO_DESCRIPTION_MAP[self._state]}"
        if self._state == FINISHED:
            if self._exception:
                return f"{where} raised {self._exception.__class__.__name__}>"
            return f"{where} returned {self._result.__class__.__name__}>"
        return where + ">"

    def cancel(self):
        self._settle()
        if self._state in [RUNNING, FINISHED]:
            return False
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            return True
        self._state = CANCELLED
        self._ready_at = None
        self._outcome = None
        self._thread = None
        if self._executor is not None:
            self._executor._unqueue(self)
            self._executor = None
        self._invoke_callbacks()
        return True

    def cancelled(self):
        self._settle()
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]

    def running(self):
        self._settle()
        return self._state == RUNNING

    def done(self):
        self._settle()
        return self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]

    def __get_result(self):
        if self._exception:
            try:
                raise self._exception
            finally:
                self = None
        else:
            return self._result

    def add_done_callback(self, fn):
        self._settle()
        if self._state not in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            self._done_callbacks.append(fn)
            return
        try:
            fn(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def _wait_until_done(self, timeout, what):
        """Lets the virtual clock run until this future is done or the timeout passes: done?"""
        if self._executor is not None:
            self._executor._drain(upto=self)
        self._settle()
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
            return True
        if self._ready_at is None:
            if timeout is None:
                raise _forever(what)
            _time.sleep(max(timeout, 0))
            return False
        left = self._ready_at - _now()
        if timeout is not None and timeout < left:
            _time.sleep(max(timeout, 0))
            self._settle()
            return self.done()
        if left > 0:
            _time.sleep(left)
        self._settle(True)
        return True

    def result(self, timeout=None):
        try:
            if not self._wait_until_done(timeout, "Future.result()"):
                raise TimeoutError()
            if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
                raise CancelledError()
            return self.__get_result()
        finally:
            self = None

    def exception(self, timeout=None):
        if not self._wait_until_done(timeout, "Future.exception()"):
            raise TimeoutError()
        if self._state in [CANCELLED, CANCELLED_AND_NOTIFIED]:
            raise CancelledError()
        return self._exception

    def set_running_or_notify_cancel(self):
        self._settle()
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        elif self._state == PENDING:
            self._state = RUNNING
            return True
        _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def set_result(self, result):
        self._settle()
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._result = result
        self._state = FINISHED
        self._invoke_callbacks()

    def set_exception(self, exception):
        self._settle()
        if self._state in {CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED}:
            raise InvalidStateError('{}: {!r}'.format(self._state, self))
        self._exception = exception
        self._state = FINISHED
        self._invoke_callbacks()

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Future.__module__ = _BASE


class Executor(object):
    """This is an abstract base class for concrete asynchronous executors."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if timeout is not None:
            end_time = timeout + _now()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if timeout is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - _now())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


Executor.__module__ = _BASE


def _result_or_cancel(fut, timeout=None):
    try:
        try:
            return fut.result(timeout)
        finally:
            fut.cancel()
    finally:
        del fut


class _Worker:
    def __init__(self, thread):
        self.thread = thread
        self.free_at = 0.0
        self.fresh = True


class ThreadPoolExecutor(Executor):
    _counter = _itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, 2 + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._max_workers = max_workers
        self._thread_name_prefix = (thread_name_prefix or ("ThreadPoolExecutor-%d" % self._counter()))
        self._initializer = initializer
        self._initargs = initargs
        self._workers = []
        self._queue = _collections.deque()
        self._futures = []
        self._shutdown = False
        self._broken = False
        self._threads = set()

    def _new_thread(self, name):
        import threading
        return threading._WorkerThread(name)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise BrokenExecutor(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f._executor = self
        now = f._submitted = _now()
        self._futures.append(f)
        self._drain(until=now)
        if not self._queue:
            worker = self._pick(now)
            if worker.free_at <= now:
                f._executor = None
                f._eager = worker.fresh
                worker.fresh = False
                self._run(worker, f, fn, args, kwargs, now)
                return f
        self._queue.append((f, fn, args, kwargs))
        return f

    def _unqueue(self, f):
        for item in self._queue:
            if item[0] is f:
                self._queue.remove(item)
                return

    def _drain(self, upto=None, until=None):
        """Runs queued work in order, each item in the worker free first: all of it, up to and
        including the future upto, or what starts by the time until."""
        while self._queue:
            worker = min(self._workers, key=lambda w: w.free_at)
            f, fn, args, kwargs = self._queue[0]
            if worker.free_at == float('inf'):
                if upto is None:
                    return
                # Every worker is busy with work that waits for this: CPython's pool deadlocks.
                raise _forever("waiting for work queued behind the pool's own busy workers")
            start = max(worker.free_at, f._submitted)
            if upto is None and until is not None and start > until:
                return
            self._queue.popleft()
            f._executor = None
            worker.fresh = False
            self._run(worker, f, fn, args, kwargs, start)
            if f is upto:
                return

    def _pick(self, now):
        idle = [w for w in self._workers if w.free_at <= now]
        if idle:
            return idle[0]
        if len(self._workers) < self._max_workers:
            w = _Worker(self._new_thread(f"{self._thread_name_prefix}_{len(self._workers)}"))
            self._workers.append(w)
            self._threads.add(w.thread)
            if self._initializer is not None:
                self._call_in(w, self._initializer, self._initargs, {}, now)
            return w
        return min(self._workers, key=lambda w: w.free_at)

    def _call_in(self, worker, fn, args, kwargs, start):
        import threading
        from asyncio import _run_in_thread
        offset = max(start - _now(), 0.0)
        worker.free_at = float('inf')  # busy while it runs (work it submits goes to another worker)
        exc, result, spent = threading._run_as(worker.thread, lambda: _run_in_thread(fn, args, kwargs, offset))
        worker.free_at = start + spent
        return exc, result

    def _run(self, worker, f, fn, args, kwargs, start):
        f._start = start
        exc, result = self._call_in(worker, fn, args, kwargs, start)
        f._outcome = (exc, result)
        f._ready_at = worker.free_at
        f._thread = worker.thread

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            self._drain(until=_now())
            while self._queue:
                f = self._queue.popleft()[0]
                f._executor = None
                f.cancel()
        if wait:
            self._drain()
            last = max([w.free_at for w in self._workers], default=0.0)
            if last > _now():
                _time.sleep(last - _now())
            for f in self._futures:
                f._settle(True)
        self._futures = []


ThreadPoolExecutor.__module__ = 'concurrent.futures.thread'


class ProcessPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers or 2, 'ForkProcess', initializer, initargs)

    def _new_thread(self, name):
        import threading
        return threading._main_thread


ProcessPoolExecutor.__module__ = 'concurrent.futures.process'

DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = _BASE


def _ready_time(f):
    f._settle()
    if f._state in [CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED]:
        return _now()
    return f._ready_at


def _run_queued(fs):
    for f in fs:
        if f._executor is not None:
            f._executor._drain(upto=f)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    _run_queued(fs)
    done = {f for f in fs if f.done()}
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        if any(f for f in done if not f.cancelled() and f.exception() is not None):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    times = [f._ready_at for f in not_done]
    known = [t for t in times if t is not None]
    if return_when == FIRST_COMPLETED:
        target = min(known) if known else None
    elif return_when == FIRST_EXCEPTION:
        failing = [f._ready_at for f in not_done if f._ready_at is not None and f._outcome[0] is not None]
        target = min(failing) if failing else (max(known) if len(known) == len(times) else None)
    else:
        target = max(known) if len(known) == len(times) else None
    end = None if timeout is None else _now() + timeout
    if target is None or (end is not None and end < target):
        if end is None:
            raise _forever("concurrent.futures.wait()")
        target = end
    if target > _now():
        _time.sleep(target - _now())
    for f in fs:
        if f._ready_at is not None and f._ready_at <= target:
            f._settle(True)
    done = {f for f in fs if f.done()}
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    if timeout is not None:
        end_time = timeout + _now()
    fs = list(dict.fromkeys(fs))
    _run_queued(fs)
    total_futures = len(fs)
    finished = [f for f in fs if f.done()]
    pending = set(fs) - set(finished)
    try:
        yield from finished
        order = sorted(pending, key=lambda f: (f._ready_at is None, f._ready_at or 0.0))
        for f in order:
            at = f._ready_at
            if timeout is not None and (at is None or at > end_time):
                left = end_time - _now()
                if left > 0:
                    _time.sleep(left)
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
            if at is None:
                raise _forever("concurrent.futures.as_completed()")
            if at > _now():
                _time.sleep(at - _now())
            f._settle(True)
            pending.discard(f)
            yield f
    finally:
        pending = None


for _f in (wait, as_completed):
    _f.__module__ = _BASE
del _f, _c
