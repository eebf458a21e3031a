# Coroscope's threading: the names a teaching program uses next to asyncio, for an engine that
# runs one thread. A Thread's target runs when start() is called, to its end, so start() then
# join() behaves as CPython's does when the thread finishes before the join; the functions
# asyncio.to_thread and loop.run_in_executor run see current_thread() as the executor's worker
# ("asyncio_0", "asyncio_1"... as CPython's ThreadPoolExecutor names them). A lock, event or
# condition that would block with no other thread to release it raises instead of hanging.
# Compiled as library code: its frames never show in tracebacks.

import sys as _sys
import time as _time
from contextvars import Context as _Context

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
           'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'ExceptHookArgs', 'setprofile',
           'settrace', 'local', 'stack_size', 'excepthook', 'get_native_id', 'getprofile',
           'gettrace']

TIMEOUT_MAX = 9223372036.0
ThreadError = RuntimeError

_MAIN_IDENT = 140245532321600
_counter = getattr(_sys.modules.get('asyncio'), '_thread_names_taken', 0)


def _newname(name_template='Thread-%d'):
    global _counter
    _counter += 1
    return name_template % _counter


def _blocked_forever(what):
    return RuntimeError(f"{what} would wait forever: Coroscope runs a single thread, "
                        f"so no other thread can ever release it")


def _wait_out(what, timeout, forever=None):
    # A wait no other thread can end: without a time limit (timeout == forever) it could only
    # hang, so it raises; with one, the time passes and the wait fails.
    if timeout == forever:
        raise _blocked_forever(what)
    _time.sleep(max(timeout, 0))
    return False


class Lock:
    """threading.Lock (CPython's _thread.lock)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        if not blocking and timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        if timeout < 0 and timeout != -1:
            raise ValueError("timeout value must be a non-negative number")
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        return _wait_out("acquiring this lock", timeout, -1)

    acquire_lock = acquire

    def release(self):
        if not self._locked:
            raise RuntimeError("release unlocked lock")
        self._locked = False

    release_lock = release

    def locked(self):
        return self._locked

    locked_lock = locked

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *exc):
        self.release()

    def _at_fork_reinit(self):
        self._locked = False

    def __repr__(self):
        state = 'locked' if self._locked else 'unlocked'
        return f"<{state} _thread.lock object at {hex(id(self))}>"


Lock.__module__ = '_thread'
Lock.__qualname__ = Lock.__name__ = 'lock'
_allocate_lock = Lock


class RLock:
    """threading.RLock (CPython's _thread.RLock)."""

    def __init__(self):
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking:
                return False
            return _wait_out("acquiring this lock", timeout, -1)
        self._owner = me
        self._count += 1
        return True

    __enter__ = acquire

    def release(self):
        if not self._count or self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count -= 1
        if not self._count:
            self._owner = None

    def __exit__(self, *exc):
        self.release()

    def _is_owned(self):
        return self._count > 0 and self._owner == get_ident()

    def __repr__(self):
        state = 'locked' if self._count else 'unlocked'
        return (f"<{state} _thread.RLock object owner={self._owner or 0} count={self._count} "
                f"at {hex(id(self))}>")


RLock.__module__ = '_thread'


class Condition:
    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = 0

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return f"<Condition({self._lock}, {self._waiters})>"

    def _is_owned(self):
        if isinstance(self._lock, RLock):
            return self._lock._is_owned()
        return self._lock.locked()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        return _wait_out("waiting on this condition", timeout)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is None:
            raise _blocked_forever("waiting on this condition")
        self.wait(timeout)
        return predicate()

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")

    def notify_all(self):
        self.notify()

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if self._value > 0:
            self._value -= 1
            return True
        if not blocking:
            return False
        return _wait_out("acquiring this semaphore", timeout)

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        self._value += n

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        cls = self.__class__
        return f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}: value={self._value}>"


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        if self._value + n > self._initial_value:
            raise ValueError("Semaphore released too many times")
        self._value += n

    def __repr__(self):
        cls = self.__class__
        return (f"<{cls.__module__}.{cls.__qualname__} at {hex(id(self))}:"
                f" value={self._value}/{self._initial_value}>")


class Event:
    def __init__(self):
        self._flag = False

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        self._flag = True

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        if timeout is None:
            raise _blocked_forever("waiting for this event")
        _time.sleep(max(timeout, 0))
        return self._flag


class BrokenBarrierError(RuntimeError):
    pass


class ExceptHookArgs(tuple):
    def __new__(cls, args):
        return tuple.__new__(cls, args)

    exc_type = property(lambda self: self[0])
    exc_value = property(lambda self: self[1])
    exc_traceback = property(lambda self: self[2])
    thread = property(lambda self: self[3])


def excepthook(args, /):
    """Prints an exception that ended a thread's run(), as CPython's threading.excepthook."""
    if args.exc_type == SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print(f"Exception in thread {name}:", file=_sys.stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)
    _sys.stderr.flush()


__excepthook__ = excepthook


class Thread:
    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += f" ({target.__name__})"
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._native_id = None
        self._started = False
        self._is_stopped = False
        self._initialized = True

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        status = "initial"
        if self._started:
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (self.__class__.__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        global _thread_count
        _thread_count += 1
        self._ident = _MAIN_IDENT + 0x1000000 * _thread_count
        self._native_id = 4000 + _thread_count
        _run_as(self, self._bootstrap)

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as e:
            excepthook(ExceptHookArgs((type(e), e, e.__traceback__, self)))
        finally:
            self._is_stopped = True

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    def is_alive(self):
        return self._started and not self._is_stopped

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


_thread_count = 0


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _MAIN_IDENT
        self._native_id = 4000


class _WorkerThread(Thread):
    """A thread of asyncio's default executor."""

    def __init__(self, name):
        Thread.__init__(self, name=name, daemon=False)
        global _thread_count
        _thread_count += 1
        self._started = True
        self._ident = _MAIN_IDENT + 0x1000000 * _thread_count
        self._native_id = 4000 + _thread_count
        self._busy_until = 0.0


class Timer(Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def run(self):
        _time.sleep(self.interval)
        if not self._cancelled:
            self.function(*self.args, **self.kwargs)


class local:
    pass


_main_thread = _MainThread()
_current = _main_thread
_workers = {}


def _run_as(thread, fn):
    global _current
    saved = _current
    if thread is saved:
        return fn()
    _current = thread
    # asyncio keeps a running loop and a current loop per thread: the other thread has its own.
    aio = _sys.modules.get('asyncio')
    outer = aio._enter_thread(thread._name, thread is _main_thread) if aio is not None else None
    try:
        if thread is _main_thread:
            return fn()
        # A thread has a contextvars context of its own, empty when it starts, kept while it lives.
        ctx = getattr(thread, '_context', None)
        if ctx is None:
            ctx = thread._context = _Context()
        return ctx.run(fn)
    finally:
        _current = saved
        if outer is not None:
            aio._leave_thread(outer)


def _executor_worker(loop, now):
    """The executor thread a function submitted now runs in: an idle one, or a new one."""
    pool = _workers.setdefault(id(loop), [])
    for w in pool:
        if w._busy_until <= now:
            return w
    w = _WorkerThread(f"asyncio_{len(pool)}")
    pool.append(w)
    return w


def _forget_executor(loop):
    # shutdown_default_executor joins the workers from a helper thread of its own.
    if _workers.pop(id(loop), None):
        _newname()


def current_thread():
    return _current


currentThread = current_thread


def main_thread():
    return _main_thread


def get_ident():
    return _current._ident


def get_native_id():
    return _current._native_id


def active_count():
    return 1


activeCount = active_count


def enumerate():
    return [_main_thread]


def settrace(func):
    pass


def setprofile(func):
    pass


def gettrace():
    return None


def getprofile():
    return None


def stack_size(size=0):
    return 0
