# Coroscope's threading. Each started Thread runs on a strand of its own (see the engine's
# Strands): the threads take turns, exactly one running Python at a time. The running one hands
# over where it blocks (a lock, event, condition, semaphore, barrier, join, queue or time.sleep
# it waits on), at its end, and once it has run a time slice without blocking (about 16,000
# steps, standing for sys.getswitchinterval()'s 5 ms: see _time_slice). Whom it hands over to
# is decided here, deterministically: a new thread runs first, at start(), until it blocks,
# ends or its slice is over; then the thread that has waited longest among those whose wait is
# over (a lock free again, a notify, an event set...), else the one whose timeout or sleep ends
# first (the virtual clock moves there). When every thread waits and no timeout can end a
# wait, the main thread gets a RuntimeError instead of hanging forever.
# The functions asyncio.to_thread and loop.run_in_executor run (and ThreadPoolExecutor's work)
# run on a strand of their worker thread, named as CPython names it ("asyncio_0",
# "ThreadPoolExecutor-0_0"...). The caller waits for such a function while it neither blocks nor
# ends, as if it ran in the caller's turn with time of its own; one that must wait goes on as a
# thread of its own (see _run_in_worker). For the event loop's default executor, a time.sleep
# is such a wait too: the loop goes on while the worker sleeps, as it does on CPython.
# Compiled as library code: its frames never show in tracebacks.

import sys as _sys
import time as _time
import _coroscope
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


# ---- taking turns ---------------------------------------------------------------------------
# Every thread with a strand (the main thread and the started Threads still running) is in
# _turns. A thread that blocks records what it waits for: _ready (a test that says the wait is
# over) and _until (the clock time its timeout or sleep ends), and _since (when it began waiting,
# for first-come first-served).

_waits_begun = 0


def _never():
    return False


def _always():
    return True


def _ready_now(thread, now):
    if thread._ready is not None and thread._ready():
        return True
    return thread._until is not None and thread._until <= now


def _next_turn():
    """The waiting thread to run next, or None when no wait can ever end (a deadlock)."""
    now = _time.monotonic()
    chosen = None
    for thread in _turns:
        if thread._waiting and (chosen is None or thread._since < chosen._since) and _ready_now(thread, now):
            chosen = thread
    if chosen is not None:
        return chosen
    for thread in _turns:
        if thread._waiting and thread._until is not None:
            if chosen is None or (thread._until, thread._since) < (chosen._until, chosen._since):
                chosen = thread
    if chosen is not None:
        _coroscope.set_clock(chosen._until)
    return chosen


def _hand_over(thread):
    """The running thread lets `thread` run and waits for its own turn to come back."""
    global _current
    me = _current
    aio = _sys.modules.get('asyncio')
    # asyncio's running loop and current loop are per thread: the other thread gets its own back.
    kept = aio._enter_thread(thread._name, thread is _main_thread) if aio is not None else None
    _current = thread
    _coroscope.strand_switch(thread._strand)
    _current = me
    if kept is not None:
        aio._leave_thread(kept)
    else:
        aio = _sys.modules.get('asyncio')
        if aio is not None:
            aio._enter_thread(me._name, me is _main_thread)


def _deadlock_error(what):
    if len(_turns) > 1:
        why = "every other thread is waiting too, and nothing can wake any of them"
    else:
        why = "no other thread is running that could end the wait"
    return RuntimeError(f"{what} would wait forever: {why}")


def _block(what, ready, until=None, quiet=False):
    """The running thread waits until ready() holds (True) or the clock reaches until (False).
    A wait no thread can ever end raises RuntimeError (quiet: returns False)."""
    global _waits_begun
    me = _current
    if getattr(me, '_strand', None) is None:
        return _wait_alone(what, ready, until)
    if ready():
        return True
    errand = me._errand
    if errand is not None and not errand.detached:
        # An executor's worker that must wait goes on as a thread of its own: its caller goes
        # on at once (see _run_in_worker) and the worker's time is the shared clock's from now.
        errand.detached = True
        _coroscope.shared_time()
    _waits_begun += 1
    me._ready, me._until, me._since, me._waiting = ready, until, _waits_begun, True
    me._what = what
    try:
        chosen = _next_turn()
        if chosen is None:
            if quiet:
                return False
            if me is _main_thread:
                raise _deadlock_error(what)
            # The main thread waits too: it gets the error; this thread keeps waiting.
            chosen = _main_thread
            chosen._stuck = _deadlock_error(chosen._what)
        if chosen is not me:
            _hand_over(chosen)
            if me._stuck is not None:
                error, me._stuck = me._stuck, None
                if quiet:
                    return False
                raise error
    finally:
        me._waiting = False
        me._ready = me._until = None
    return bool(ready())


def _wait_alone(what, ready, until):
    # A function an executor runs in its caller's turn: no other thread can run meanwhile.
    if ready():
        return True
    if until is None:
        raise _deadlock_error(what)
    left = until - _time.monotonic()
    if left > 0:
        _time.sleep(left)
    return bool(ready())


def _deadline(timeout):
    if timeout is None or timeout < 0:
        return None
    return _time.monotonic() + timeout


def _finish_turn(thread):
    """A thread has ended: the strand to run next (the main thread gets the error of a deadlock)."""
    global _current
    _turns.remove(thread)
    if len(_turns) < 2:
        _coroscope.set_slice_hook(None)
    chosen = _next_turn()
    if chosen is None:
        chosen = _main_thread
        if _main_thread._waiting:
            _main_thread._stuck = _deadlock_error(_main_thread._what)
    aio = _sys.modules.get('asyncio')
    if aio is not None:
        aio._enter_thread(chosen._name, chosen is _main_thread)
    _current = chosen
    return chosen._strand


def _step_aside(me, thread, what):
    """The running thread `me` lets `thread` run while staying ready itself: it queues behind the
    threads already waiting and gets the baton back when its turn comes."""
    global _waits_begun
    _waits_begun += 1
    _hand_over_until(me, thread, _always, _waits_begun, what)


def _hand_over_until(me, thread, ready, since, what):
    """The running thread `me` lets `thread` run and waits, as one whose wait began at `since`,
    until ready() holds and its turn comes."""
    me._ready, me._until, me._since, me._waiting, me._what = ready, None, since, True, what
    try:
        _hand_over(thread)
    finally:
        me._waiting = False
        me._ready = None


def _time_slice():
    """The engine calls this when the running thread has had its time slice without blocking.
    The slice stands for sys.getswitchinterval() of virtual time, so the clock moves on by that
    much; then the thread that has waited longest among those whose wait is over runs, and this
    one is ready again behind it. When no other thread can run yet, the one whose timeout or
    sleep ends first does (the clock moves there): a spin-wait on a flag that a sleeping thread
    sets ends as on CPython."""
    me = _current
    if len(_turns) < 2 or me._waiting or getattr(me, '_strand', None) is None:
        return
    if me._errand is not None and not me._errand.detached:
        return  # an executor's function still runs in its caller's turn
    _coroscope.set_clock(_time.monotonic() + _sys.getswitchinterval())
    chosen = _next_turn()  # the running thread is not waiting: never itself
    if chosen is not None:
        _step_aside(me, chosen, "running")


def _sleep_hook(until, idle_loop):
    """time.sleep of a thread (idle_loop: its event loop has nothing to do until then): the other
    threads run meanwhile. For an idle loop, True once another thread has given it work or the
    clock has moved: the loop looks again."""
    if len(_turns) < 2 or getattr(_current, '_strand', None) is None:
        return False
    errand = _current._errand
    if errand is not None and not errand.detached and not errand.sleep_apart:
        return False  # the pool's model: the function's sleep is time of its own
    if until == float('inf'):
        until = None
    if idle_loop:
        # The loop looks again once another thread has given it work (call_soon_threadsafe) or
        # the clock has reached its next timer.
        aio = _sys.modules['asyncio']
        loop = aio._get_running_loop()
        began = _time.monotonic()

        def given_work():
            return not aio._loop_idle(loop)

        got = _block("waiting for the event loop", given_work, until, quiet=True)
        return got or _time.monotonic() > began
    _block("sleeping", _never, until)
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
        if self._locked:
            if not blocking:
                return False
            if not _block("acquiring this lock", self._free, _deadline(timeout)):
                return False
        self._locked = True
        return True

    def _free(self):
        return not self._locked

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
_coroscope.c_type_name(Lock, '_thread.lock')
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
            if not _block("acquiring this lock", self._free, _deadline(timeout)):
                return False
        self._owner = me
        self._count += 1
        return True

    def _free(self):
        return not self._count

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
_coroscope.c_type_name(RLock, '_thread.RLock')


class _Waiter:
    # One thread waiting on a Condition or Event: woken by notify()/set(), first come first woken.
    __slots__ = ('woken',)

    def __init__(self):
        self.woken = False

    def __call__(self):
        return self.woken


class Condition:
    """A lock (an RLock unless given one) with wait/notify."""

    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        # acquire/release are the lock's own bound methods, so `with cond` and cond.acquire() agree.
        self.acquire, self.release = self._lock.acquire, self._lock.release
        self._waiters = []

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

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
        waiter = _Waiter()
        self._waiters.append(waiter)
        # The lock is let go while waiting and taken back, as deeply as before, when the wait ends.
        lock = self._lock
        if isinstance(lock, RLock):
            depth, lock._count, lock._owner = lock._count, 0, None
        else:
            lock.release()
        try:
            _block("waiting on this condition", waiter, _deadline(timeout))
        finally:
            if not waiter.woken:
                self._waiters.remove(waiter)
            lock.acquire()
            if isinstance(lock, RLock):
                lock._count = depth
        return waiter.woken

    def wait_for(self, predicate, timeout=None):
        deadline = _deadline(timeout)
        outcome = predicate()
        while not outcome:
            left = None
            if deadline is not None:
                left = deadline - _time.monotonic()
                if left <= 0:
                    break
            self.wait(left)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        self._require_owner("notify")
        woken = self._waiters[:n]
        del self._waiters[:n]
        for waiter in woken:
            waiter.woken = True

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        _deprecated("notifyAll", "use notify_all() instead")
        self.notify_all()


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value

    def _positive(self):
        return self._value > 0

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        if not self._value:
            if not blocking:
                return False
            if not _block("acquiring this semaphore", self._positive, _deadline(timeout)):
                return False
        self._value -= 1
        return True

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
        self._waiters = []

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
        for waiter in self._waiters:
            waiter.woken = True
        self._waiters.clear()

    def clear(self):
        self._is_set = False

    def wait(self, timeout=None):
        if self._is_set:
            return True
        waiter = _Waiter()
        self._waiters.append(waiter)
        try:
            _block("waiting for this event", waiter, _deadline(timeout))
        finally:
            if not waiter.woken:
                self._waiters.remove(waiter)
        return waiter.woken


class BrokenBarrierError(RuntimeError):
    pass


class _Round:
    # One filling of a Barrier: its waiters wait until it is 'passed' or 'broken'.
    __slots__ = ('state',)

    def __init__(self):
        self.state = 'filling'

    def __call__(self):
        return self.state != 'filling'


class Barrier:
    """parties threads meet at wait(): the last to arrive runs the action and lets them all go."""

    def __init__(self, parties, action=None, timeout=None):
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._arrived = 0
        self._round = _Round()
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

    def _break_round(self):
        self._broken = True
        self._round.state = 'broken'
        self._round = _Round()
        self._arrived = 0

    def wait(self, timeout=None):
        if self._broken:
            raise BrokenBarrierError
        index = self._arrived
        self._arrived += 1
        this_round = self._round
        if self._arrived == self._parties:
            if self._action is not None:
                try:
                    self._action()
                except BaseException:
                    self._break_round()
                    raise
            this_round.state = 'passed'
            self._round = _Round()
            self._arrived = 0
            return index
        limit = self._timeout if timeout is None else timeout
        _block("waiting at this barrier", this_round, _deadline(limit))
        if this_round.state == 'passed':
            return index
        if this_round.state == 'filling':  # timed out: the barrier breaks for everyone
            self._break_round()
        raise BrokenBarrierError

    def reset(self):
        if self._arrived:
            self._round.state = 'broken'
            self._round = _Round()
            self._arrived = 0
        self._broken = False

    def abort(self):
        self._break_round()


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
    """A thread of control: start() runs its run() on a thread of its own (taking turns)."""

    _phase = None  # 'initial', 'started', 'stopped' once Thread.__init__ ran
    _ends_at = None
    _strand = None
    # What the thread waits for while it is not running (see _block).
    _waiting = False
    _ready = _until = _since = _stuck = None
    _what = "waiting"
    _errand = None  # an executor's worker: the call it runs now (see _run_in_worker)

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
        self._ends_at = None  # an executor's worker: the virtual time it is retired at
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
        self._need_init("thread.__init__() not called", RuntimeError)
        if self._phase != 'initial':
            raise RuntimeError("threads can only be started once")
        _prepare_turns()
        self._ident, self._native_id = _fresh_ids()
        self._phase = 'started'
        _started.append(self)
        self._strand = _coroscope.strand_new(self._first_turn)
        _turns.append(self)
        if len(_turns) == 2:
            _coroscope.set_slice_hook(_time_slice)
        # The new thread runs first, until it blocks or ends; the starter is ready again at once.
        me = _current
        if getattr(me, '_strand', None) is None:
            raise RuntimeError("Coroscope cannot start a thread from an executor's worker")
        _step_aside(me, self, "starting a thread")

    def _first_turn(self):
        # The body of the thread's strand: returns the strand to run when it ends.
        try:
            self._bootstrap()
        finally:
            self._phase = 'stopped'
            if self in _started:
                _started.remove(self)
        return _finish_turn(self)

    def _bootstrap(self):
        hook = _thread_hooks['trace']
        if hook is not None:
            # threading.settrace: each thread started afterwards traces with the hook.
            _sys.settrace(hook)
        hook = _thread_hooks['profile']
        if hook is not None:
            # threading.setprofile: the same with a profile function.
            _sys.setprofile(hook)
        try:
            self.run()
        except BaseException as exc:
            _thread_died(self, exc)

    def _catch_up(self):
        # An executor's worker has stopped once the clock has reached the time it was retired at.
        if self._phase == 'started' and self._ends_at is not None and _time.monotonic() >= self._ends_at:
            self._phase = 'stopped'
            _started.remove(self)

    def _stopped(self):
        return self._phase == 'stopped'

    def _errand_over(self):
        return self._errand is None

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
        if self._strand is None:
            # An executor's worker: it ends when its executor retires it.
            if self._phase != 'started' or self._ends_at is None:
                return
            left = self._ends_at - _time.monotonic()
            if timeout is not None and timeout < left:
                _time.sleep(max(timeout, 0))
            elif left > 0:
                _time.sleep(left)
            self._catch_up()
            return
        if self._phase == 'stopped':
            return
        _block("joining this thread", self._stopped, _deadline(timeout if timeout is None else max(timeout, 0)))

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
        self._strand = 0


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
    """A thread that calls function(*args, **kwargs) once interval seconds have passed, unless
    cancel() is called first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not (cancelled or self.finished.is_set()):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


_turns_prepared = False


def _prepare_turns():
    # The first start(): sleeps let other threads run, and the program's end waits for them.
    global _turns_prepared
    if _turns_prepared:
        return
    _turns_prepared = True
    import _weakref
    from asyncio import _on_main_sleep
    _on_main_sleep(_sleep_hook)
    _weakref.at_exit(_join_at_exit)


def _join_at_exit():
    # CPython's interpreter waits for its non-daemon threads before it ends; one that can never
    # end would keep it waiting forever: the run stops instead.
    for thread in list(_turns):
        if thread._errand is not None:
            over = thread._errand_over  # an executor's worker still running a function that waited
        elif thread is not _main_thread and not thread._daemonic and thread._phase == 'started':
            over = thread._stopped
        else:
            continue
        if not _block("ending the program", over, None, quiet=True):
            _coroscope.deadlock(
                f"the program has ended, but thread {thread._name!r} is still {thread._what} "
                f"and no thread can ever wake it, so the program would wait forever; it was stopped")


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
_coroscope.c_type_name(local, '_thread._local')


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
_turns = [_main_thread]  # the threads with a strand still running (see _block)
_workers = {}


def _run_as(thread, fn):
    # An executor's worker runs fn in the caller's turn (see the top of this module).
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


class _Errand:
    # One call an executor's worker runs on a strand of its own (see _run_in_worker).
    __slots__ = ('fn', 'late', 'finished', 'value', 'error', 'detached', 'sleep_apart')

    def __init__(self, fn, late, sleep_apart):
        self.fn, self.late, self.sleep_apart = fn, late, sleep_apart
        self.finished = self.detached = False
        self.value = self.error = None

    def back(self):
        # The caller's wait is over: the function has ended, or it waits as a thread of its own.
        return self.finished or self.detached


_PENDING = object()


def _run_in_worker(thread, fn, late, sleep_apart=False):
    """An executor's worker thread calls fn on a strand of its own. Until fn waits for
    something no thread has given it yet, the caller waits for it, as if fn ran in the caller's
    turn with time of its own (its sleeps move no clock but its own), and gets fn's value. Once
    fn must wait (a lock, an event, a join, a queue, a future; a time.sleep too when
    sleep_apart), the worker goes on as a thread of its own: the caller gets _PENDING at once,
    and late(value) is called in the worker's thread when fn ends."""
    me = _current
    if thread is _main_thread or thread is me or getattr(me, '_strand', None) is None:
        return _run_as(thread, fn)
    _prepare_turns()
    errand = _Errand(fn, late, sleep_apart)
    thread._errand = errand
    thread._strand = _coroscope.strand_new(lambda: _errand_turn(thread, errand))
    _turns.append(thread)
    if len(_turns) == 2:
        _coroscope.set_slice_hook(_time_slice)
    # The caller comes first once the worker waits or ends (no thread waited longer).
    _hand_over_until(me, thread, errand.back, 0, "waiting for an executor")
    if not errand.finished:
        return _PENDING
    if errand.error is not None:
        error, errand.error = errand.error, None
        raise error
    return errand.value


def _errand_turn(thread, errand):
    # The body of an executor worker's strand: returns the strand to run when the call ends.
    try:
        ctx = getattr(thread, '_context', None)
        if ctx is None:
            ctx = thread._context = _Context()
        try:
            errand.value = ctx.run(errand.fn)
        except BaseException as exc:
            errand.error = exc
        errand.finished = True
        if errand.detached:
            if errand.error is not None:
                _thread_died(thread, errand.error)
            else:
                try:
                    errand.late(errand.value)
                except Exception as exc:
                    _thread_died(thread, exc)
            errand.value = errand.error = None
    finally:
        thread._errand = None
        thread._strand = None
    return _finish_turn(thread)


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
            if worker._errand is not None:
                # Still running a function that waited: the executor's shutdown waits for it.
                _block("shutting down the default executor", worker._errand_over)
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


# What settrace/setprofile were given: a thread started afterwards installs them (Thread._bootstrap).
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
