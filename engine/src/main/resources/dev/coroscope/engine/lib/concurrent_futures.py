# Coroscope's concurrent.futures, on the engine's threads (see threading.py).
# A worker "thread" of a ThreadPoolExecutor runs a submitted function as soon as the pool has a
# worker free; work queued behind busy workers runs when the program first waits for something of
# that pool (result(), wait, as_completed, map, shutdown). While the function neither waits nor
# ends, its caller waits for it and the time it spends sleeping is its own: its future becomes
# done that much later on the virtual clock, and waiting for it moves the clock there, so
# completion order, timeouts and elapsed times come out as with real threads (its output appears
# all at once, where it runs). A function that must wait for something (a lock, an event, a
# queue, a future) goes on from there as a worker thread of its own, and its future is done when
# it ends (see threading._run_in_worker). A wait no thread can end raises instead of hanging.
# ProcessPoolExecutor works the same way, in this process.
# Compiled as library code: its frames never show in tracebacks.

import collections as _collections
import itertools as _itertools
import sys as _sys
import time as _time
import threading as _threading

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor',
           'ThreadPoolExecutor', 'InvalidStateError')

# wait()'s return_when values are their own names.
FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED = 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED'

# A future's states, as InvalidStateError's message names them. A cancelled future becomes
# CANCELLED_AND_NOTIFIED once set_running_or_notify_cancel() has seen it.
PENDING, RUNNING, FINISHED = 'PENDING', 'RUNNING', 'FINISHED'
CANCELLED, CANCELLED_AND_NOTIFIED = 'CANCELLED', 'CANCELLED_AND_NOTIFIED'
_CANCELLED_STATES = (CANCELLED, CANCELLED_AND_NOTIFIED)
_DONE_STATES = _CANCELLED_STATES + (FINISHED,)


def _state_word(state):
    # How repr() shows a state: lower case, both cancelled states alike.
    return 'cancelled' if state in _CANCELLED_STATES else state.lower()


_BASE = 'concurrent.futures._base'
_CPUS = 2  # what os.cpu_count() says on the machine the engine imitates


class Error(Exception):
    """Base of the exceptions futures raise."""


class CancelledError(Error):
    """The future was cancelled."""


TimeoutError = TimeoutError


class InvalidStateError(Error):
    """The future's state does not allow this."""


class BrokenExecutor(RuntimeError):
    """The executor cannot run work any more."""


class _BrokenThreadPool(BrokenExecutor):
    """A worker's initializer failed."""


_BrokenThreadPool.__qualname__ = _BrokenThreadPool.__name__ = 'BrokenThreadPool'
_BrokenThreadPool.__module__ = 'concurrent.futures.thread'
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


def _sleep_until(moment):
    # One reading of the clock: each reading moves it on a little (a second one could pass moment).
    left = moment - _now()
    if left > 0:
        _time.sleep(left)


# Clock readings closer than this are the same moment (each reading of the virtual clock moves it on a little).
_INSTANT = 1e-6


def _forever(what):
    return RuntimeError(f"{what} would wait forever: Coroscope runs a single thread, so no other "
                        f"thread can ever complete this future")


class Future:
    """The outcome of a call that may not have ended yet."""

    def __init__(self):
        self._state = PENDING
        self._result = self._exception = None
        self._done_callbacks = []
        # Set for work a pool ran: when (virtual time) it starts and ends, and how it ends.
        self._start = self._ready_at = self._outcome = None
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
            failure, value = self._outcome
            self._outcome = None
            if failure is None:
                self._finish('_result', value)
            else:
                self._finish('_exception', failure)
        elif now >= self._start + instant:
            self._state = RUNNING

    def _is(self, states):
        self._settle()
        return self._state in states

    def _finish(self, slot, value):
        setattr(self, slot, value)
        self._state = FINISHED
        self._run_callbacks()

    def _run_callbacks(self):
        if self._thread is not None and self._done_callbacks:
            # A pool's future calls its callbacks in the worker thread that finished the work.
            worker, self._thread = self._thread, None
            _threading._run_as(worker, self._run_callbacks)
            return
        for callback in tuple(self._done_callbacks):
            self._call(callback)

    def _call(self, callback):
        try:
            callback(self)
        except Exception:
            _logger().exception('exception calling callback for %r', self)

    def __repr__(self):
        self._settle()
        text = f"<{type(self).__name__} at {id(self):#x} state={_state_word(self._state)}"
        if self._state == FINISHED:
            # As CPython decides it: by the truth of the stored exception.
            if self._exception:
                text += f" raised {type(self._exception).__name__}"
            else:
                text += f" returned {type(self._result).__name__}"
        return text + ">"

    def cancel(self):
        self._settle()
        if self._state in (RUNNING, FINISHED):
            return False
        if self._state == PENDING:
            self._state = CANCELLED
            self._ready_at = self._outcome = self._thread = None
            pool, self._executor = self._executor, None
            if pool is not None:
                pool._unqueue(self)
            self._run_callbacks()
        return True

    def cancelled(self):
        return self._is(_CANCELLED_STATES)

    def running(self):
        return self._is((RUNNING,))

    def done(self):
        return self._is(_DONE_STATES)

    def add_done_callback(self, fn):
        if self._is(_DONE_STATES):
            self._call(fn)
        else:
            self._done_callbacks.append(fn)

    def _wait_until_done(self, timeout, what):
        """Lets the virtual clock run until this future is done or the timeout passes: done?"""
        if self._executor is not None:
            self._executor._drain(upto=self)
        if self._is(_DONE_STATES):
            return True
        if self._ready_at is None:
            # Completed by another thread (or never): the other threads run meanwhile.
            return _threading._block(what, self.done, None if timeout is None else _now() + max(timeout, 0))
        left = self._ready_at - _now()
        if timeout is not None and timeout < left:
            _time.sleep(max(timeout, 0))
            return self.done()
        if left > 0:
            _time.sleep(left)
        self._settle(True)
        return True

    def _ended(self, timeout, what):
        # Waits as result() and exception() do; a cancelled future has neither.
        if not self._wait_until_done(timeout, what):
            raise TimeoutError()
        if self._state in _CANCELLED_STATES:
            raise CancelledError()

    def result(self, timeout=None):
        self._ended(timeout, "Future.result()")
        if self._exception:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        self._ended(timeout, "Future.exception()")
        return self._exception

    def set_running_or_notify_cancel(self):
        self._settle()
        if self._state == PENDING:
            self._state = RUNNING
            return True
        if self._state == CANCELLED:
            self._state = CANCELLED_AND_NOTIFIED
            return False
        _logger().critical('Future %s in unexpected state: %s', id(self), self._state)
        raise RuntimeError('Future in unexpected state')

    def _set(self, slot, value):
        if self._is(_DONE_STATES):
            raise InvalidStateError(f'{self._state}: {self!r}')
        self._finish(slot, value)

    def set_result(self, result):
        self._set('_result', result)

    def set_exception(self, exception):
        self._set('_exception', exception)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


Future.__module__ = _BASE


class Executor:
    """Base of the executors: submit() runs a call, map() many, shutdown() ends it."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        deadline = None if timeout is None else _now() + timeout
        # Everything is submitted now; the results come as the caller iterates.
        waiting = _collections.deque([self.submit(fn, *call) for call in zip(*iterables)])

        def result_iterator():
            # Each result in turn, within what is left of the time; leaving early (an error, a
            # timeout, the generator closed) cancels the futures not reached.
            try:
                while waiting:
                    head = waiting.popleft()
                    try:
                        value = head.result(None if deadline is None else deadline - _now())
                    finally:
                        head.cancel()
                    yield value
            finally:
                for rest in waiting:
                    rest.cancel()
        return result_iterator()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.shutdown(wait=True)
        return False


Executor.__module__ = _BASE


class _Worker:
    def __init__(self, thread):
        self.thread = thread
        self.free_at = 0.0
        self.fresh = True
        self.waiting = False  # its work waits on something, as a thread of its own


class ThreadPoolExecutor(Executor):
    _pools_named = _itertools.count()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, _CPUS + 4)
        elif max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if not (initializer is None or callable(initializer)):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            # Only a pool left to name its threads itself takes a number.
            thread_name_prefix = f"ThreadPoolExecutor-{next(ThreadPoolExecutor._pools_named)}"
        self._max_workers = max_workers
        self._thread_name_prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._workers = []
        self._queue = _collections.deque()
        self._futures = []
        self._shutdown = False
        self._broken = False
        self._threads = set()

    def _new_thread(self, name):
        return _threading._WorkerThread(name)

    def submit(self, fn, /, *args, **kwargs):
        if self._broken:
            raise _BrokenThreadPool(self._broken)
        if self._shutdown:
            raise RuntimeError('cannot schedule new futures after shutdown')
        f = Future()
        f._executor = self
        now = f._submitted = _now()
        self._futures.append(f)
        self._drain(until=now)
        self._queue.append((f, fn, args, kwargs))
        if len(self._queue) == 1:
            worker = self._pick(now)
            if self._broken:
                return f
            if worker.free_at <= now:
                # A free worker takes it at once.
                self._queue.pop()
                f._executor = None
                f._eager = worker.fresh
                worker.fresh = False
                self._run(worker, f, fn, args, kwargs, now)
        return f

    def _unqueue(self, f):
        for item in self._queue:
            if item[0] is f:
                self._queue.remove(item)
                return

    def _drain(self, upto=None, until=None):
        """Runs queued work in order, each item in the worker free first: all of it, up to and
        including the future upto, or what starts by the time until."""
        while self._queue and self._workers:
            worker = min(self._workers, key=lambda w: w.free_at)
            f, fn, args, kwargs = self._queue[0]
            if worker.free_at == float('inf'):
                if upto is None:
                    return
                if any(w.waiting for w in self._workers):
                    # A worker waits as a thread of its own: the queued work starts when one is free.
                    _threading._block("waiting for a free worker of this pool", self._has_free_worker)
                    continue
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
                failure, _ = self._call_in(w, self._initializer, self._initargs, {}, now)
                if failure is not None:
                    self._initializer_failed(failure)
            return w
        return min(self._workers, key=lambda w: w.free_at)

    def _has_free_worker(self):
        return any(w.free_at != float('inf') for w in self._workers)

    def _no_worker_waiting(self):
        return not any(w.waiting for w in self._workers)

    def _initializer_failed(self, failure):
        # The worker logs the error and the pool breaks: what waits in its queue fails with it.
        _logger().critical('Exception in initializer:', exc_info=failure)
        self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
        while self._queue:
            f = self._queue.popleft()[0]
            f._executor = None
            f.set_exception(_BrokenThreadPool(self._broken))

    def _call_in(self, worker, fn, args, kwargs, start):
        from asyncio import _run_in_thread
        offset = max(start - _now(), 0.0)
        worker.free_at = float('inf')  # busy while it runs (work it submits goes to another worker)
        exc, result, spent = _threading._run_as(worker.thread, lambda: _run_in_thread(fn, args, kwargs, offset))
        worker.free_at = start + spent
        return exc, result

    def _run(self, worker, f, fn, args, kwargs, start):
        from asyncio import _run_in_thread
        f._start = start
        offset = max(start - _now(), 0.0)
        worker.free_at = float('inf')

        def late(outcome):
            # fn waited on something and ended later, in the worker's own thread.
            worker.free_at = _now()
            worker.waiting = False
            if f._state == RUNNING:
                if outcome[0] is None:
                    f._finish('_result', outcome[1])
                else:
                    f._finish('_exception', outcome[0])

        outcome = _threading._run_in_worker(
            worker.thread, lambda: _run_in_thread(fn, args, kwargs, offset), late)
        if outcome is _threading._PENDING:
            # It waits as a thread of its own: running until it ends (see late).
            worker.waiting = True
            f._state = RUNNING
            return
        exc, result, spent = outcome
        worker.free_at = start + spent
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
            if not self._no_worker_waiting():
                _threading._block("shutting down this pool", self._no_worker_waiting)
                self._drain()
            left = max([w.free_at for w in self._workers], default=0.0) - _now()
            if left > 0:
                _time.sleep(left)
            for f in self._futures:
                f._settle(True)
        self._futures = []
        self._retire_workers(wait)

    def _retire_workers(self, waited):
        # The workers' threads end once the pool is shut down and their work is done.
        for w in self._workers:
            _threading._retire(w.thread, None if waited else max(w.free_at, _now()))


ThreadPoolExecutor.__module__ = 'concurrent.futures.thread'


class ProcessPoolExecutor(ThreadPoolExecutor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is not None and max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        ThreadPoolExecutor.__init__(self, max_workers or _CPUS, 'ForkProcess', initializer, initargs)

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        if chunksize < 1:
            raise ValueError("chunksize must be >= 1.")
        return ThreadPoolExecutor.map(self, fn, *iterables, timeout=timeout)

    def _new_thread(self, name):
        return _threading._main_thread

    def _retire_workers(self, waited):
        pass  # its "processes" run in the main thread


ProcessPoolExecutor.__module__ = 'concurrent.futures.process'

DoneAndNotDoneFutures = _collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')
DoneAndNotDoneFutures.__module__ = _BASE


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
    if target is None:
        # Some future can only be completed by another thread: let the threads run.
        if return_when == FIRST_COMPLETED:
            def over():
                return any(f.done() for f in not_done)
        elif return_when == FIRST_EXCEPTION:
            def over():
                return all(f.done() for f in not_done) or any(
                    f.done() and not f.cancelled() and f.exception() is not None for f in not_done)
        else:
            def over():
                return all(f.done() for f in not_done)
        _threading._block("concurrent.futures.wait()", over, end)
        done = {f for f in fs if f.done()}
        return DoneAndNotDoneFutures(done, fs - done)
    if end is not None and end < target:
        target = end
    _sleep_until(target)
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
                if not _threading._block("concurrent.futures.as_completed()", f.done,
                                         None if timeout is None else end_time):
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total_futures))
                pending.discard(f)
                yield f
                continue
            _sleep_until(at)
            f._settle(True)
            pending.discard(f)
            yield f
    finally:
        pending = None


for _f in (wait, as_completed):
    _f.__module__ = _BASE
del _f, _c
