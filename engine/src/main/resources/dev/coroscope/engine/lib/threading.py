# Coroscope's threading: the names a teaching program uses next to asyncio, for an engine that
# runs one thread. A Thread's target runs when start() is called, to its end, but the time it
# sleeps is its own (as for the functions asyncio.to_thread runs): the caller's clock stays, and
# join(), is_alive() and enumerate() see the thread running until the virtual clock reaches its
# end, so elapsed times come out as with real threads; what cannot be had is interleaving (its
# output appears at start()). A Timer waits instead: it fires when its time has come and the
# program notices (the main thread sleeping or blocking past it, joining it, the program's end),
# so cancel() works. The functions asyncio.to_thread and loop.run_in_executor run see
# current_thread() as the executor's worker ("asyncio_0", "asyncio_1"... as CPython's
# ThreadPoolExecutor names them). A lock, event or condition that would block with no other
# thread (or pending Timer) to release it raises instead of hanging.
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


def _wait_out(what, timeout, forever=None, ready=None):
    """A wait of the main thread that only a Timer can end: pending Timers fire as their time
    comes (the clock moves to each) until ready() holds: True. Otherwise, without a time limit
    (timeout == forever) it could only hang, so it raises; with one, the time passes: False."""
    deadline = None if timeout == forever else _time.monotonic() + max(timeout, 0)
    if ready is not None and _current is _main_thread:
        while _timers:
            due = min(t._due() for t in _timers)
            if deadline is not None and due > deadline:
                break
            _timers_due(due)
            if ready():
                return True
    if deadline is None:
        raise _blocked_forever(what)
    left = deadline - _time.monotonic()
    if left > 0:
        _time.sleep(left)
    return False


def _check_lock_wait(blocking, timeout):
    # The argument checks _thread's lock and RLock make before anything else.
    if timeout == -1:
        return
    if not blocking:
        raise ValueError("can't specify a timeout for a non-blocking call")
    if timeout < 0:
        raise ValueError("timeout value must be positive")


def _deprecated(old, advice):
    import warnings
    warnings.warn(f"{old}() is deprecated, {advice}", DeprecationWarning, stacklevel=3)


class Lock:
    """threading.Lock (CPython's _thread.lock)."""

    def __init__(self):
        self._locked = False

    def acquire(self, blocking=True, timeout=-1):
        _check_lock_wait(blocking, timeout)
        if not self._locked:
            self._locked = True
            return True
        if not blocking:
            return False
        if _wait_out("acquiring this lock", timeout, -1, lambda: not self._locked):
            self._locked = True
            return True
        return False

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
        _check_lock_wait(blocking, timeout)
        me = get_ident()
        if self._count and self._owner != me:
            if not blocking:
                return False
            if not _wait_out("acquiring this lock", timeout, -1, lambda: not self._count):
                return False
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
    """A lock (an RLock unless given one) with wait/notify; waits no other thread can end fail fast."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        # acquire/release are the lock's own bound methods, so `with cond` and cond.acquire() agree.
        self.acquire, self.release = self._lock.acquire, self._lock.release
        self._sleepers = 0
        self._notices = 0  # notify() calls that found a waiter

    def __repr__(self):
        return f"<Condition({self._lock}, {self._sleepers})>"

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc_info):
        return self._lock.__exit__(*exc_info)

    def _is_owned(self):
        lock = self._lock
        return lock._is_owned() if isinstance(lock, RLock) else lock.locked()

    def _require_owner(self, action):
        if not self._is_owned():
            raise RuntimeError(f"cannot {action} on un-acquired lock")

    def wait(self, timeout=None):
        self._require_owner("wait")
        # The lock is let go while waiting (a Timer's thread may take it to notify), and taken
        # back, as deeply as before, when the wait ends.
        lock = self._lock
        if isinstance(lock, RLock):
            depth, lock._count, lock._owner = lock._count, 0, None
        else:
            lock.release()
        seen = self._notices
        self._sleepers += 1
        try:
            return _wait_out("waiting on this condition", timeout, None, lambda: self._notices != seen)
        finally:
            self._sleepers -= 1
            lock.acquire()
            if isinstance(lock, RLock):
                lock._count = depth

    def wait_for(self, predicate, timeout=None):
        deadline = None if timeout is None else _time.monotonic() + timeout
        outcome = predicate()
        while not outcome:
            left = None if deadline is None else deadline - _time.monotonic()
            if left is not None and left <= 0:
                break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        self._require_owner("notify")
        if self._sleepers and n > 0:
            self._notices += 1

    def notify_all(self):
        self.notify(self._sleepers)

    def notifyAll(self):
        _deprecated("notifyAll", "use notify_all() instead")
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
        if _wait_out("acquiring this semaphore", timeout, None, lambda: self._value > 0):
            self._value -= 1
            return True
        return False

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
    """A flag threads can wait for."""

    def __init__(self):
        self._is_set = False

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}: {'set' if self._is_set else 'unset'}>"

    def is_set(self):
        return self._is_set

    def isSet(self):
        _deprecated("isSet", "use is_set() instead")
        return self._is_set

    def set(self):
        self._is_set = True

    def clear(self):
        self._is_set = False

    def wait(self, timeout=None):
        if not self._is_set:
            _wait_out("waiting for this event", timeout, None, lambda: self._is_set)
        return self._is_set


class BrokenBarrierError(RuntimeError):
    pass


class Barrier:
    """parties threads meet at wait(); with one thread running at a time only a one-party barrier
    can be passed, a wider one breaks (after its timeout) or raises (without one)."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._arrived = 0
        self._broken = False

    def __repr__(self):
        kind = type(self)
        where = f"<{kind.__module__}.{kind.__qualname__} at {id(self):#x}"
        if self._broken:
            return where + ": broken>"
        return where + f": waiters={self._arrived}/{self._parties}>"

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._arrived

    @property
    def broken(self):
        return self._broken

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._arrived
        if index + 1 < self._parties:
            limit = self._timeout if timeout is None else timeout
            _wait_out("waiting at this barrier", limit)
            self._broken = True
            raise BrokenBarrierError
        self._arrived = 0
        if self._action is not None:
            try:
                self._action()
            except BaseException:
                self._broken = True
                raise
        return index

    def reset(self):
        self._arrived = 0
        self._broken = False

    def abort(self):
        self._broken = True


_HOOK_FIELDS = ('exc_type', 'exc_value', 'exc_traceback', 'thread')


class ExceptHookArgs(tuple):
    """What threading.excepthook receives (CPython's struct sequence _thread._ExceptHookArgs)."""

    def __new__(cls, sequence):
        items = tuple(sequence)
        if len(items) != len(_HOOK_FIELDS):
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence ({len(items)}-sequence given)")
        return tuple.__new__(cls, items)

    def __repr__(self):
        shown = ", ".join(f"{field}={value!r}" for field, value in zip(_HOOK_FIELDS, self))
        return f"_thread._ExceptHookArgs({shown})"


for _position, _field in zip(range(len(_HOOK_FIELDS)), _HOOK_FIELDS):
    setattr(ExceptHookArgs, _field, property(lambda self, _at=_position: self[_at]))
del _position, _field
ExceptHookArgs.__module__ = '_thread'
ExceptHookArgs.__qualname__ = ExceptHookArgs.__name__ = '_ExceptHookArgs'


def excepthook(args, /):
    """Prints the exception that ended a thread's run() (SystemExit ends a thread silently)."""
    if args.exc_type is SystemExit:
        return
    who = get_ident() if args.thread is None else args.thread.name
    print(f"Exception in thread {who}:", file=_sys.stderr, flush=True)
    import traceback
    traceback.print_exception(args.exc_type, args.exc_value, args.exc_traceback, file=_sys.stderr)
    _sys.stderr.flush()


__excepthook__ = excepthook


def _thread_died(thread, exc):
    # excepthook is looked up at each call: a program may replace threading.excepthook.
    try:
        excepthook(ExceptHookArgs((type(exc), exc, exc.__traceback__, thread)))
    except Exception as failure:
        print("Exception in threading.excepthook:", file=_sys.stderr, flush=True)
        import traceback
        traceback.print_exception(type(failure), failure, failure.__traceback__, file=_sys.stderr, chain=False)
        _sys.stderr.flush()


_thread_count = 0


def _fresh_ids():
    """ident and native_id for one more thread (made-up numbers in the style of Linux's)."""
    global _thread_count
    _thread_count += 1
    return _MAIN_IDENT + 0x1000000 * _thread_count, 4000 + _thread_count


class Thread:
    """A thread of control. Here a started thread runs its run() at once, to its end."""

    _phase = None  # 'initial', 'started', 'stopped' once Thread.__init__ ran
    _ends_at = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if group is not None:
            raise AssertionError("group argument must be None for now")
        if name:
            name = str(name)
        else:
            name = _newname()
            label = getattr(target, '__name__', None) if target is not None else None
            if label is not None:
                name = f"{name} ({label})"
        self._name = name
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._ends_at = None  # virtual time at which a started thread's run() has ended
        self._phase = 'initial'

    def _need_init(self, text="Thread.__init__() not called", error=AssertionError):
        if self._phase is None:
            raise error(text)

    def __repr__(self):
        self._need_init("Thread.__init__() was not called")
        self._catch_up()
        words = [self._phase]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    def start(self):
        self._begin()
        self._launch()

    def _begin(self):
        self._need_init("thread.__init__() not called", RuntimeError)
        if self._phase != 'initial':
            raise RuntimeError("threads can only be started once")
        self._ident, self._native_id = _fresh_ids()
        self._phase = 'started'
        self._began = _time.monotonic()
        _started.append(self)

    def _launch(self):
        from asyncio import _run_in_thread
        launched = _time.monotonic()
        # The time run() sleeps is the thread's own (as for asyncio.to_thread's functions): the
        # caller's clock stays; the thread ends that much after it was launched.
        spent = _run_as(self, lambda: _run_in_thread(self._bootstrap, ()))[2]
        self._ends_at = launched + spent
        self._catch_up()

    def _bootstrap(self):
        try:
            self.run()
        except BaseException as exc:
            _thread_died(self, exc)

    def _catch_up(self):
        # A started thread has stopped once the clock has reached the end of its run.
        if self in _timers and _time.monotonic() >= self._due():
            _fire(self)
        if self._phase == 'started' and self._ends_at is not None and _time.monotonic() >= self._ends_at:
            self._phase = 'stopped'
            _started.remove(self)

    def run(self):
        target = self._target
        try:
            if target is not None:
                target(*self._args, **self._kwargs)
        finally:
            # A finished thread keeps no references to its target or arguments (as in CPython).
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        self._need_init(error=RuntimeError)
        if self._phase == 'initial':
            raise RuntimeError("cannot join thread before it is started")
        if self is _current:
            raise RuntimeError("cannot join current thread")
        if self in _timers:
            left = self._due() - _time.monotonic()
            if timeout is not None and timeout < left:
                _time.sleep(max(timeout, 0))
                return
            _time.sleep(max(left, 0))  # the main thread's sleep fires the timer (see _timers_due)
            _fire(self)
        if self._phase != 'started' or self._ends_at is None:
            return
        left = self._ends_at - _time.monotonic()
        if timeout is not None and timeout < left:
            _time.sleep(max(timeout, 0))
        elif left > 0:
            _time.sleep(left)
        self._catch_up()

    def is_alive(self):
        self._need_init()
        self._catch_up()
        return self._phase == 'started'

    @property
    def name(self):
        self._need_init()
        return self._name

    @name.setter
    def name(self, name):
        self._need_init()
        self._name = str(name)

    @property
    def ident(self):
        self._need_init()
        return self._ident

    @property
    def native_id(self):
        self._need_init()
        return self._native_id

    @property
    def daemon(self):
        self._need_init()
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        self._need_init()
        if self._phase != 'initial':
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        _deprecated("isDaemon", "get the daemon attribute instead")
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated("setDaemon", "set the daemon attribute instead")
        self.daemon = daemonic

    def getName(self):
        _deprecated("getName", "get the name attribute instead")
        return self.name

    def setName(self, name):
        _deprecated("setName", "set the name attribute instead")
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._phase = 'started'
        self._ident, self._native_id = _MAIN_IDENT, 4000


class _WorkerThread(Thread):
    """A worker of an executor (asyncio's default one or a ThreadPoolExecutor): started when made."""

    def __init__(self, name):
        Thread.__init__(self, name=name, daemon=False)
        self._phase = 'started'
        self._ident, self._native_id = _fresh_ids()
        self._busy_until = 0.0
        _started.append(self)  # alive until its executor retires it


def _retire(worker, at=None):
    # An executor's worker ends (at the virtual time `at`, or now): its executor shut down.
    worker._ends_at = _time.monotonic() if at is None else at
    worker._catch_up()


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds unless cancel() came first.

    Its thread runs when its time has come and the program notices: the main thread sleeping
    past it, joining it or asking is_alive(), or the program's end (as CPython waits for it)."""

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()
        self._late = 0.0  # how long after its due time the thread was launched

    def start(self):
        self._begin()
        if not _timers and not _timers_hooked:
            _hook_timers()
        _timers.append(self)

    def _due(self):
        return self._began + self.interval

    def cancel(self):
        self.finished.set()
        if self in _timers:
            # Never launched: its thread ends now, as CPython's wakes up and returns.
            _timers.remove(self)
            self._ends_at = _time.monotonic()

    def run(self):
        if not self.finished.is_set():
            self.finished.wait(max(self.interval - self._late, 0))
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_timers = []  # started Timers not launched yet
_timers_hooked = False


def _fire(timer):
    if timer in _timers:
        _timers.remove(timer)
        timer._late = _time.monotonic() - timer._began
        timer._launch()


def _timers_due(until):
    # The main thread sleeps until `until`: the Timers due by then fire, earliest first, each
    # with the clock at its due time.
    while True:
        due = [t for t in _timers if t._due() <= until]
        if not due:
            return
        first = min(due, key=Timer._due)
        wait = first._due() - _time.monotonic()
        if wait > 0:
            _time.sleep(wait)
        _fire(first)


def _timers_at_exit():
    # CPython's interpreter waits for non-daemon threads before it ends: pending Timers fire.
    while True:
        waiting = [t for t in _timers if not t._daemonic]
        if not waiting:
            return
        _timers_due(min(t._due() for t in waiting))


def _hook_timers():
    global _timers_hooked
    _timers_hooked = True
    import _weakref
    from asyncio import _on_main_sleep
    _on_main_sleep(_timers_due)
    _weakref.at_exit(_timers_at_exit)


class local:
    """Attributes each thread sets and sees on its own."""

    def __new__(cls, *args, **kwargs):
        if (args or kwargs) and cls.__init__ is object.__init__:
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        _local_books[id(self)] = _LocalBook(self, args, kwargs)
        return self

    def __getattribute__(self, name):
        _local_switch(self)
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        _local_switch(self)
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        _local_switch(self)
        object.__delattr__(self, name)


local.__module__ = '_thread'
local.__qualname__ = local.__name__ = '_local'


class _LocalBook:
    # One local object's namespaces: its __dict__ holds the namespace of the thread that used it
    # last (owner); the other threads' namespaces wait in parked.
    def __init__(self, obj, args, kwargs):
        self.obj = obj  # keeps id(obj) from being reused while the book exists
        self.args = args
        self.kwargs = kwargs
        self.owner = _current
        self.parked = {}


_local_books = {}


def _local_switch(obj):
    book = _local_books[id(obj)]
    me = _current
    if book.owner is me:
        return
    live = object.__getattribute__(obj, '__dict__')
    book.parked[book.owner] = dict(live)
    live.clear()
    first_time = me not in book.parked
    live.update(book.parked.pop(me, {}))
    book.owner = me
    if first_time and type(obj).__init__ is not object.__init__:
        # A thread's first use of a local subclass runs its __init__ again, with the same arguments.
        type(obj).__init__(obj, *book.args, **book.kwargs)


_main_thread = _MainThread()
_current = _main_thread
_started = []  # threads started and not yet seen stopped, in start order
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
    pool = _workers.pop(id(loop), None)
    if pool:
        for worker in pool:
            _retire(worker)
        _newname()


def current_thread():
    return _current


def currentThread():
    _deprecated("currentThread", "use current_thread() instead")
    return _current


def main_thread():
    return _main_thread


def get_ident():
    return _current._ident


def get_native_id():
    return _current._native_id


def enumerate():
    # The main thread, the started threads still running, and an executor's worker running now.
    for thread in list(_started):
        thread._catch_up()
    alive = [_main_thread] + _started
    if _current not in alive:
        alive.append(_current)
    return alive


def active_count():
    return len(enumerate())


def activeCount():
    _deprecated("activeCount", "use active_count() instead")
    return active_count()


# What settrace/setprofile were given (CPython installs them in each thread it starts; here the
# threads run in the interpreter's one thread, so they are only kept to be read back).
_thread_hooks = {'trace': None, 'profile': None}


def settrace(func):
    _thread_hooks['trace'] = func


def setprofile(func):
    _thread_hooks['profile'] = func


def gettrace():
    return _thread_hooks['trace']


def getprofile():
    return _thread_hooks['profile']


_stack_size = 0


def stack_size(size=0):
    """The stack size new threads get (0: the platform's default); sets it, returns the old one."""
    global _stack_size
    import operator
    size = operator.index(size)
    if size < 0:
        raise ValueError("size must be 0 or a positive value")
    if 0 < size < 32768:
        raise ValueError(f"size not valid: {size} bytes")
    previous, _stack_size = _stack_size, size
    return previous
