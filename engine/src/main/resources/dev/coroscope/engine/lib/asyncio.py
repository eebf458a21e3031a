# Coroscope's asyncio, the part written in Python. The event loop, Future and Task are Java
# (dev.coroscope.engine.asyncio); this file adds what CPython also writes in Python on top of
# them: sleep, gather, shield, wait, wait_for, as_completed, timeouts, TaskGroup, queues,
# locks, Runner and run. It is compiled as library code: its frames never show in tracebacks,
# the step budget still counts its lines.
#
# Every helper keeps CPython 3.11's order of awaits, callbacks and call_soon's, because that
# order is what a program observes. Class names and modules are CPython's, so reprs and
# tracebacks read the same.

import sys
from _collections import deque as _deque  # not collections.py: it (and collections.abc, abc) would cost a fresh process ~0.2 s CPU
from heapq import heappush as _heappush, heappop as _heappop
import inspect as _inspect
import types as _types
from contextvars import copy_context as _copy_context, Context as _Context

__all__ = (
    'BaseEventLoop', 'AbstractEventLoop', 'SelectorEventLoop', 'Handle', 'TimerHandle',
    'get_event_loop', 'set_event_loop', 'new_event_loop', 'get_running_loop', '_get_running_loop',
    '_set_running_loop', 'get_event_loop_policy', 'set_event_loop_policy',
    'AbstractEventLoopPolicy', 'DefaultEventLoopPolicy',
    'CancelledError', 'InvalidStateError', 'TimeoutError', 'BrokenBarrierError',
    'IncompleteReadError', 'LimitOverrunError', 'SendfileNotAvailableError',
    'Future', 'isfuture', 'wrap_future',
    'Task', 'create_task', 'FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED',
    'wait', 'wait_for', 'as_completed', 'sleep', 'gather', 'shield', 'ensure_future',
    'run_coroutine_threadsafe', 'current_task', 'all_tasks', '_register_task', '_unregister_task',
    '_enter_task', '_leave_task', 'to_thread',
    'iscoroutine', 'iscoroutinefunction',
    # CPython 3.11's asyncio leaves TaskGroup out of __all__ (`from asyncio import *` lacks it).
    'Timeout', 'timeout', 'timeout_at',
    'Queue', 'PriorityQueue', 'LifoQueue', 'QueueFull', 'QueueEmpty',
    'Lock', 'Event', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Barrier',
    'Runner', 'run', 'StreamReader',
    'BaseProtocol', 'Protocol', 'DatagramProtocol', 'SubprocessProtocol', 'BufferedProtocol',
    'BaseTransport', 'ReadTransport', 'WriteTransport', 'Transport', 'DatagramTransport',
    'SubprocessTransport',
)


# Thread-N names CPython's asyncio used (one per asyncio.run that used the default executor)
# before the program imported threading, which starts its counter after them.
_thread_names_taken = 0


# ---- exceptions (CancelledError and InvalidStateError are Java; TimeoutError is the builtin) ----

class BrokenBarrierError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class SendfileNotAvailableError(RuntimeError):
    __module__ = 'asyncio.exceptions'


class IncompleteReadError(EOFError):
    __module__ = 'asyncio.exceptions'

    def __init__(self, partial, expected):
        total = 'undefined' if expected is None else repr(expected)
        super().__init__('%d bytes read on a total of %s expected bytes' % (len(partial), total))
        self.partial, self.expected = partial, expected

    # Neither exception's args are its constructor's arguments: pickling rebuilds it from the fields.
    def __reduce__(self):
        return (type(self), (self.partial, self.expected))


class LimitOverrunError(Exception):
    __module__ = 'asyncio.exceptions'

    def __init__(self, message, consumed):
        super().__init__(message)
        self.consumed = consumed

    def __reduce__(self):
        return (type(self), (self.args[0], self.consumed))

# ---- coroutine predicates ---------------------------------------------------------------------

_is_coroutine = object()


def iscoroutinefunction(func):
    return _inspect.iscoroutinefunction(func) or getattr(func, '_is_coroutine', None) is _is_coroutine


# ---- event loops ------------------------------------------------------------------------------

class AbstractEventLoop:
    __module__ = 'asyncio.events'


class BaseSelectorEventLoop(BaseEventLoop):
    # Between the two in CPython's class chain (type(loop).__mro__ shows it); nothing of its own here.
    __module__ = 'asyncio.selector_events'


_BaseSelectorEventLoop = BaseSelectorEventLoop
del BaseSelectorEventLoop  # not one of asyncio's own names


def _executor_outcome_to(fut, exc, result):
    # The callback that hands an executor function's outcome to the asyncio future awaiting it
    # (nothing is set once that future was cancelled).
    def _deliver():
        if fut.cancelled():
            return
        if exc is not None:
            fut.set_exception(exc)
        else:
            fut.set_result(result)
    return _deliver


class _UnixSelectorEventLoop(_BaseSelectorEventLoop, AbstractEventLoop):
    __module__ = 'asyncio.unix_events'

    # These two are Python in CPython too: a coroutine passed to them stays referenced by their
    # frame when they raise, so it dies (and warns "never awaited") with the exception.
    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return BaseEventLoop.create_task(self, coro, name=name, context=context)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        return BaseEventLoop.run_until_complete(self, future)

    # ---- signals (only signal.raise_signal() can send one here) ----

    def add_signal_handler(self, sig, callback, *args):
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        signal = _signal_module()
        self._check_signal(signal, sig)
        self._check_closed()
        if not _on_main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread of the main interpreter')
        global _signal_wakeup_loop
        _signal_wakeup_loop = self
        handlers = self.__dict__.setdefault('_signal_handlers', {})
        handlers[sig] = (callback, args, _copy_context())
        try:
            signal.signal(sig, _sighandler_noop)
        except OSError as exc:
            del handlers[sig]
            if exc.errno == 22:
                raise RuntimeError(f'sig {sig:d} cannot be caught')
            raise

    def remove_signal_handler(self, sig):
        signal = _signal_module()
        self._check_signal(signal, sig)
        handlers = self.__dict__.get('_signal_handlers')
        if not handlers or sig not in handlers:
            return False
        del handlers[sig]
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        return True

    def _check_signal(self, signal, sig):
        if not isinstance(sig, int):
            raise TypeError(f'sig must be an int, not {sig!r}')
        if sig not in signal.valid_signals():
            raise ValueError(f'invalid signal number {sig}')

    def _signal_received(self, sig):
        # The wake-up reader's turn: the handler's callback is queued behind it.
        entry = self.__dict__.get('_signal_handlers', {}).get(sig)
        if entry is not None:
            callback, args, context = entry
            self.call_soon(callback, *args, context=context)

    def close(self):
        BaseEventLoop.close(self)
        handlers = self.__dict__.get('_signal_handlers')
        if handlers:
            for sig in list(handlers):
                self.remove_signal_handler(sig)

    async def shutdown_asyncgens(self):
        closing = self._take_asyncgens()
        if not closing:
            return
        results = await gather(*[ag.aclose() for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                    'asyncgen': agen,
                })

    async def shutdown_default_executor(self):
        self._executor_shutdown()
        if self.__dict__.pop('_executor_used', False):
            # CPython joins the executor's threads from a new threading.Thread: one more Thread-N.
            th = sys.modules.get('threading')
            if th is not None:
                th._forget_executor(self)
            else:
                global _thread_names_taken
                _thread_names_taken += 1

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            self._check_default_executor()
            executor = self.__dict__.get('_default_executor')
        if executor is None:
            return self._run_in_executor(func, args, None)
        return wrap_future(executor.submit(func, *args), loop=self)

    def _check_default_executor(self):
        # After shutdown_default_executor() (or close()) the default executor takes no more work.
        if self._executor_shutdown_called:
            raise RuntimeError('Executor shutdown has been called')

    def set_default_executor(self, executor):
        cf = sys.modules.get('concurrent.futures')
        if cf is None or not isinstance(executor, cf.ThreadPoolExecutor):
            raise TypeError('executor must be ThreadPoolExecutor instance')
        self._default_executor = executor

    def _run_in_executor(self, func, args, kwargs, shown=None):
        # Its callers (run_in_executor, to_thread) have checked that the loop is open.
        fut = self.create_future()
        # For the step events only: a task waiting on fut waits on "blocking() on a worker thread".
        _label(fut, getattr(shown or func, '__qualname__', 'a function') + '() on a worker thread')
        _chain_future(None, fut, self)
        self._executor_used = True
        # The function runs in a worker thread (threading's), which may wait on other threads;
        # threading.current_thread() inside it is the executor's worker (asyncio_0, ...).
        import threading as th
        worker = th._executor_worker(self, self.time())
        # Its time.sleep lets the loop go on (sleep_apart): what the loop's tasks print while
        # the worker sleeps comes before what the worker prints after its sleep.
        outcome = th._run_in_worker(worker, lambda: _run_in_thread(func, args, kwargs),
                                    lambda late: self._executor_done_late(fut, worker, late),
                                    sleep_apart=True)
        if outcome is th._PENDING:
            worker._busy_until = float('inf')
            return fut
        exc, result, spent = outcome
        worker._busy_until = self.time() + spent
        deliver = _executor_outcome_to(fut, exc, result)
        if spent > 0:
            self.call_later(spent, deliver)
        else:
            self.call_soon(deliver)
        return fut

    def _executor_done_late(self, fut, worker, outcome):
        # The function waited on something and ended later, in its own thread: the loop is told.
        exc, result = outcome[0], outcome[1]
        worker._busy_until = self.time()
        try:
            self.call_soon_threadsafe(_executor_outcome_to(fut, exc, result))
        except RuntimeError:
            pass  # the loop is closed: nobody waits for the outcome any more


# CPython defines these on BaseEventLoop: bound-method reprs and "coroutine ... was never
# awaited" warnings name that class.
for _name in ('create_task', 'run_until_complete', 'shutdown_asyncgens', 'shutdown_default_executor',
              'run_in_executor'):
    getattr(_UnixSelectorEventLoop, _name).__qualname__ = 'BaseEventLoop.' + _name
del _name

SelectorEventLoop = _UnixSelectorEventLoop

# The loop that last asked for signals (CPython's set_wakeup_fd is one per process).
_signal_wakeup_loop = None


def _signal_module():
    import signal
    return signal


def _on_main_thread():
    threading = sys.modules.get('threading')
    return threading is None or threading.current_thread() is threading.main_thread()


def _sighandler_noop(signum, frame):
    # The Python-level handler add_signal_handler installs. CPython's does nothing: its C handler
    # wrote the signal to the loop's wake-up pipe, whose reader runs in the loop's next turn.
    # The pipe is read when the loop next polls, before any timer comes due: a timer due now
    # lands in that same place of the next turn.
    loop = _signal_wakeup_loop
    if loop is not None and not loop.is_closed():
        loop.call_at(loop.time(), loop._signal_received, signum)


_sighandler_noop.__module__ = 'asyncio.unix_events'

# The engine's own loop bookkeeping; the module-level functions go through the policy, as in
# CPython, so that a policy subclass (new_event_loop overridden) is what asyncio.run uses.
_get_event_loop_impl = get_event_loop
_set_event_loop_impl = set_event_loop


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


def set_event_loop(loop):
    get_event_loop_policy().set_event_loop(loop)


class AbstractEventLoopPolicy:
    __module__ = 'asyncio.events'

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError

    def get_child_watcher(self):
        raise NotImplementedError

    def set_child_watcher(self, watcher):
        raise NotImplementedError


class _UnixDefaultEventLoopPolicy(AbstractEventLoopPolicy):
    __module__ = 'asyncio.unix_events'
    _loop_factory = _UnixSelectorEventLoop

    def get_event_loop(self):
        return _get_event_loop_impl()

    def set_event_loop(self, loop):
        _set_event_loop_impl(loop)

    def new_event_loop(self):
        return self._loop_factory()


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
_policy = None


def get_event_loop_policy():
    global _policy
    if _policy is None:
        _policy = DefaultEventLoopPolicy()
    return _policy


def set_event_loop_policy(policy):
    global _policy
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy = policy


# ---- futures ----------------------------------------------------------------------------------

def wrap_future(future, *, loop=None):
    if isfuture(future):
        return future
    cf = sys.modules.get('concurrent.futures')
    if cf is None or not isinstance(future, cf.Future):
        raise AssertionError(f"concurrent.futures.Future is expected, got {future!r}")
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()
    _chain_future(future, new_future, loop)
    return new_future


def _chain_future(source, dest, loop):
    # A concurrent future's outcome reaches the loop as CPython's worker thread hands it over
    # (call_soon_threadsafe): when the work it stands for ends on the virtual clock. Cancelling
    # dest cancels source. Named as CPython's helper, whose callback shows in dest's repr.
    def _call_check_cancel(d):
        if d.cancelled() and source is not None:
            source.cancel()

    dest.add_done_callback(_call_check_cancel)
    if source is None:
        return  # run_in_executor's own work: it has started in its worker, nothing to cancel

    def _set_state():
        if dest.cancelled():
            return
        source._settle(True)
        if source.cancelled():
            dest.cancel()
        elif source._exception is not None:
            dest.set_exception(_convert_concurrent_exc(source._exception))
        else:
            dest.set_result(source._result)

    if source._executor is not None:
        # Work queued behind busy workers: its time comes without the loop having to wait for it.
        source._executor._drain(upto=source)
    source._settle()
    if source.done():
        loop.call_soon_threadsafe(_set_state)
    elif source._ready_at is not None:
        loop.call_later(max(source._ready_at - loop.time(), 0), _set_state)
    else:
        source.add_done_callback(lambda _: loop.call_soon_threadsafe(_set_state))


def _convert_concurrent_exc(exc):
    cf = sys.modules['concurrent.futures']
    if type(exc) is cf.CancelledError:
        return CancelledError(*exc.args)
    if type(exc) is cf.InvalidStateError:
        return InvalidStateError(*exc.args)
    return exc


# ---- tasks ------------------------------------------------------------------------------------

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


def create_task(coro, *, name=None, context=None):
    if context is None:
        task = get_running_loop().create_task(coro)
    else:
        task = get_running_loop().create_task(coro, context=context)
    if name is not None:
        task.set_name(name)
    return task


async def sleep(delay, result=None):
    if delay <= 0:
        await _sleep0()
        return result
    future, handle = _sleep_setup(delay, result)
    try:
        return await future
    finally:
        handle.cancel()


def ensure_future(coro_or_future, *, loop=None):
    return _ensure_future(coro_or_future, loop=loop)


def _ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future.get_loop():
            raise ValueError('The future belongs to a different loop than '
                             'the one specified as the loop argument')
        return coro_or_future
    wrapped = False
    if not iscoroutine(coro_or_future):
        if not _inspect.isawaitable(coro_or_future):
            raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
        coro_or_future = _wrap_awaitable(coro_or_future)
        wrapped = True
    if loop is None:
        loop = _get_event_loop()
    try:
        return loop.create_task(coro_or_future)
    except RuntimeError:
        if not wrapped:
            coro_or_future.close()
        raise


@_types.coroutine
def _wrap_awaitable(awaitable):
    return (yield from awaitable.__await__())


_wrap_awaitable._is_coroutine = _is_coroutine


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    release = _partial(_release_waiter, waiter)
    fut.add_done_callback(release)
    try:
        fut.cancel()
        # Wait on our own future, not on fut, so this wait can itself be cancelled.
        await waiter
    finally:
        fut.remove_done_callback(release)


def _partial(fn, *args):
    import functools
    return functools.partial(fn, *args)

def _outcome_after_timeout(fut):
    # fut was cancelled because the time ran out. A task that swallowed the cancellation and
    # finished anyway gives its outcome; a cancelled one becomes a TimeoutError.
    try:
        return fut.result()
    except CancelledError as cancelled:
        raise TimeoutError() from cancelled


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if not fut.done():
            await _cancel_and_wait(fut, loop=loop)
            return _outcome_after_timeout(fut)
        return fut.result()

    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release_waiter, waiter)
    wake = _partial(_release_waiter, waiter)
    fut = ensure_future(fut, loop=loop)
    fut.add_done_callback(wake)
    try:
        try:
            await waiter
        except CancelledError:
            # wait_for itself was cancelled. Unless fut is done, it must not outlive us.
            if not fut.done():
                fut.remove_done_callback(wake)
                await _cancel_and_wait(fut, loop=loop)
                raise
            return fut.result()
        if not fut.done():
            # The timer woke us.
            fut.remove_done_callback(wake)
            await _cancel_and_wait(fut, loop=loop)
            return _outcome_after_timeout(fut)
        return fut.result()
    finally:
        timer.cancel()


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect a list of futures, not {type(fs).__name__}")
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError(f'Invalid return_when value: {return_when}')
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError("Passing coroutines is forbidden, use tasks explicitly.")
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    timer = None if timeout is None else loop.call_later(timeout, _release_waiter, waiter)
    outstanding = len(fs)
    any_will_do = return_when == FIRST_COMPLETED

    def _on_completion(f):
        nonlocal outstanding
        outstanding -= 1
        if outstanding > 0 and not any_will_do:
            # Only an exception can end the wait early (asking for it marks it retrieved).
            if return_when != FIRST_EXCEPTION or f.cancelled() or f.exception() is None:
                return
        if timer is not None:
            timer.cancel()
        if not waiter.done():
            waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timer is not None:
            timer.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)

    done, pending = set(), set()
    for f in fs:
        (done if f.done() else pending).add(f)
    return done, pending


def as_completed(fs, *, timeout=None):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError(f"expect an iterable of futures, not {type(fs).__name__}")
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timer = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timer is not None:
            timer.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timer = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


class _GatheringFuture(Future):
    # The future gather() returns: cancelling it cancels its children.
    __module__ = 'asyncio.tasks'

    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        # Every child is asked, even after one said yes.
        hits = [child for child in self._children if child.cancel(msg=msg)]
        if not hits:
            return False
        # The gather then ends cancelled, whatever return_exceptions says.
        self._cancel_requested = True
        return True


_coroutine_type = _types.CoroutineType


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        empty = _get_event_loop().create_future()
        empty.set_result([])
        return empty

    # Callbacks only ever run from the loop, after gather() has returned, so `outer` and
    # `running` are complete by then.
    def _done_callback(fut):
        nonlocal running
        running -= 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()  # nobody will look at it now: mark it retrieved
            return
        if not return_exceptions:
            failure = fut._make_cancelled_error() if fut.cancelled() else fut.exception()
            if failure is not None:
                outer.set_exception(failure)
                return
        if running == 0:
            # What each child ended with, in argument order (an error in place of a result when
            # return_exceptions let it through).
            results = []
            for child in children:
                if child.cancelled():
                    message = child._cancel_message
                    results.append(CancelledError('' if message is None else message))
                else:
                    error = child.exception()
                    results.append(child.result() if error is None else error)
            if outer._cancel_requested:
                # CPython builds this error from the last child it looked at.
                outer.set_exception(children[-1]._make_cancelled_error())
            else:
                outer.set_result(results)

    children = []
    seen = {}  # argument -> its future: an argument given twice is awaited once
    running = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        child = seen.get(arg)
        if child is None:
            if type(arg) is _coroutine_type:
                # The usual argument, a coroutine: what _ensure_future would do with it, without
                # its frame.
                try:
                    child = (_get_event_loop() if loop is None else loop).create_task(arg)
                except RuntimeError:
                    arg.close()
                    raise
                if loop is None:
                    loop = child.get_loop()
                # Our own task: nobody else can await it, so no warning if it dies pending.
                child._log_destroy_pending = False
            else:
                child = _ensure_future(arg, loop=loop)
                if loop is None:
                    loop = child.get_loop()
                if child is not arg:
                    child._log_destroy_pending = False
            seen[arg] = child
            running += 1
            child.add_done_callback(_done_callback)
        children.append(child)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _copy_outcome(source, target):
    # target (not done) finishes the way source (done) did.
    if source.cancelled():
        target.cancel()
        return
    error = source.exception()
    if error is None:
        target.set_result(source.result())
    else:
        target.set_exception(error)


def shield(arg):
    inner = _ensure_future(arg)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()

    def _inner_done_callback(inner):
        if not outer.cancelled():
            _copy_outcome(inner, outer)
        elif not inner.cancelled():
            inner.exception()  # the shield's owner gave up on it: mark it retrieved

    def _outer_done_callback(outer):
        if not inner.done():
            inner.remove_done_callback(_inner_done_callback)

    inner.add_done_callback(_inner_done_callback)
    outer.add_done_callback(_outer_done_callback)
    return outer


def run_coroutine_threadsafe(coro, loop):
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures as cf
    future = cf.Future()

    def _copy_to_concurrent(task):
        if task.cancelled():
            future.cancel()
        if not future.set_running_or_notify_cancel():
            return
        exc = task.exception()
        if exc is not None:
            if type(exc) is CancelledError:
                exc = cf.CancelledError(*exc.args)
            elif type(exc) is InvalidStateError:
                exc = cf.InvalidStateError(*exc.args)
            future.set_exception(exc)
        else:
            future.set_result(task.result())

    def callback():
        try:
            task = ensure_future(coro, loop=loop)
        except BaseException as exc:
            # Hand the failure to the caller's future too, unless the process is leaving.
            if not isinstance(exc, (SystemExit, KeyboardInterrupt)) and future.set_running_or_notify_cancel():
                future.set_exception(exc)
            raise
        def _check_cancel(f):
            if f.cancelled():
                loop.call_soon_threadsafe(task.cancel)

        future.add_done_callback(_check_cancel)
        task.add_done_callback(_copy_to_concurrent)

    loop.call_soon_threadsafe(callback)
    return future


async def to_thread(func, /, *args, **kwargs):
    loop = get_running_loop()
    loop._check_closed()
    loop._check_default_executor()
    executor = loop.__dict__.get('_default_executor')
    if executor is not None:
        ctx = _copy_context()
        return await loop.run_in_executor(executor, lambda: ctx.run(func, *args, **kwargs))
    # The worker runs func in a copy of the caller's context.
    return await loop._run_in_executor(_copy_context().run, (func,) + args, kwargs, func)


# ---- timeouts ---------------------------------------------------------------------------------

class _TimeoutState:
    __module__ = 'asyncio.timeouts'

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_State.{self.name}: {self.value!r}>'


_T_CREATED = _TimeoutState('CREATED', 'created')
_T_ENTERED = _TimeoutState('ENTERED', 'active')
_T_EXPIRING = _TimeoutState('EXPIRING', 'expiring')
_T_EXPIRED = _TimeoutState('EXPIRED', 'expired')
_T_EXITED = _TimeoutState('EXITED', 'finished')


class Timeout:
    __module__ = 'asyncio.timeouts'

    def __init__(self, when):
        self._state = _T_CREATED
        self._timeout_handler = None
        self._task = None
        self._when = when

    def when(self):
        return self._when

    def _drop_handler(self):
        handler, self._timeout_handler = self._timeout_handler, None
        if handler is not None:
            handler.cancel()

    def reschedule(self, when):
        state = self._state
        if state is not _T_ENTERED:
            if state is _T_CREATED:
                raise RuntimeError("Timeout has not been entered")
            raise RuntimeError(f"Cannot change state of {state.value} Timeout")
        self._when = when
        self._drop_handler()
        if when is not None:
            loop = get_running_loop()
            if when > loop.time():
                self._timeout_handler = loop.call_at(when, self._on_timeout)
            else:
                self._timeout_handler = loop.call_soon(self._on_timeout)

    def expired(self):
        return self._state is _T_EXPIRING or self._state is _T_EXPIRED

    def __repr__(self):
        shown = ''
        if self._state is _T_ENTERED:
            shown = f' when={None if self._when is None else round(self._when, 3)}'
        return f"<Timeout [{self._state.value}]{shown}>"

    async def __aenter__(self):
        if self._state is not _T_CREATED:
            raise RuntimeError("Timeout has already been entered")
        task = current_task()
        if task is None:
            raise RuntimeError("Timeout should be used inside a task")
        self._state = _T_ENTERED
        self._task = task
        self._cancelling = task.cancelling()
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc_val, exc_tb):
        self._drop_handler()
        state = self._state
        if state is _T_ENTERED:
            self._state = _T_EXITED
        elif state is _T_EXPIRING:
            self._state = _T_EXPIRED
            # Our own cancellation, with no newer request on top: it becomes a TimeoutError.
            if self._task.uncancel() <= self._cancelling and exc_type is CancelledError:
                raise TimeoutError from exc_val
        return None

    def _on_timeout(self):
        self._task.cancel()
        self._state = _T_EXPIRING
        self._timeout_handler = None


def timeout(delay):
    loop = get_running_loop()
    return Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return Timeout(when)


# ---- TaskGroup --------------------------------------------------------------------------------

def _is_base_error(exc):
    # Errors that end the group at once instead of being collected into the ExceptionGroup.
    return isinstance(exc, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    __module__ = 'asyncio.taskgroups'

    # Flags and references as class defaults; an instance only stores what changes.
    _entered = _exiting = _aborting = _parent_cancel_requested = False
    _loop = _parent_task = _base_error = _on_completed_fut = None

    def __init__(self):
        self._tasks = set()
        self._errors = []

    def __repr__(self):
        words = []
        if self._tasks:
            words.append(f'tasks={len(self._tasks)}')
        if self._errors:
            words.append(f'errors={len(self._errors)}')
        if self._aborting or self._entered:
            words.append('cancelling' if self._aborting else 'entered')
        return '<TaskGroup' + ''.join(' ' + w for w in words) + '>'

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError(f"TaskGroup {self!r} has already been entered")
        if self._loop is None:
            self._loop = get_running_loop()
        parent = current_task(self._loop)
        if parent is None:
            raise RuntimeError(f'TaskGroup {self!r} cannot determine the parent task')
        self._parent_task = parent
        self._entered = True
        return self

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        if exc is not None and self._base_error is None and _is_base_error(exc):
            self._base_error = exc
        # A CancelledError that reaches us is passed on, unless it was our own doing.
        cancelled = exc if et is CancelledError else None
        if self._parent_cancel_requested and self._parent_task.uncancel() == 0:
            cancelled = None
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            # Woken by _on_task_done when the last task ends. Cancelling the parent
            # meanwhile cancels the children (once) and the wait goes on.
            self._on_completed_fut = self._loop.create_future()
            try:
                await self._on_completed_fut
            except CancelledError as again:
                if not self._aborting:
                    cancelled = again
                    self._abort()
            self._on_completed_fut = None
        if self._base_error is not None:
            raise self._base_error
        errors = self._errors
        if cancelled is not None and not errors:
            raise cancelled
        if et is not None and et is not CancelledError:
            errors.append(exc)
        if errors:
            self._errors = None
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            problem = 'has not been entered'
        elif self._exiting and not self._tasks:
            problem = 'is finished'
        elif self._aborting:
            problem = 'is shutting down'
        else:
            problem = None
        if problem is not None:
            raise RuntimeError(f"TaskGroup {self!r} {problem}")
        if context is None:
            task = self._loop.create_task(coro)
        else:
            task = self._loop.create_task(coro, context=context)
        if name is not None:
            task.set_name(name)
        task.add_done_callback(self._on_task_done)
        self._tasks.add(task)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        tasks = self._tasks
        tasks.discard(task)
        waiter = self._on_completed_fut
        if not tasks and waiter is not None and not waiter.done():
            waiter.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if self._base_error is None and _is_base_error(error):
            self._base_error = error
        parent = self._parent_task
        if parent.done():
            self._loop.call_exception_handler({
                'message': f'Task {task!r} has errored out but its parent task {parent} is already completed',
                'exception': error,
                'task': task,
            })
        elif not (self._aborting or self._parent_cancel_requested):
            # Interrupt whatever the parent awaits inside the block; __aexit__ takes the
            # cancellation back.
            self._abort()
            self._parent_cancel_requested = True
            parent.cancel()


# ---- synchronization primitives ---------------------------------------------------------------

class _LoopBoundMixin:
    _loop = None

    def _get_loop(self):
        # The first loop that waits on the object owns it.
        running = _get_running_loop()
        if self._loop is None:
            self._loop = running
        elif self._loop is not running:
            raise RuntimeError(f'{self!r} is bound to a different event loop')
        return running


class _ContextManagerMixin:
    # "async with lock as x" binds None.
    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


def _object_repr(obj):
    cls = type(obj)
    return f'<{cls.__module__}.{cls.__qualname__} object at {id(obj):#x}'


def _primitive_repr(obj, state, waiters):
    # "<asyncio.locks.Lock object at 0x... [locked, waiters:2]>"
    if waiters:
        state += f', waiters:{len(waiters)}'
    return f'{_object_repr(obj)} [{state}]>'


class Lock(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = None  # a deque, made at the first wait
        self._locked = False

    def __repr__(self):
        return _primitive_repr(self, 'locked' if self._locked else 'unlocked', self._waiters)

    def locked(self):
        return self._locked

    async def acquire(self):
        queue = self._waiters
        # Free, and nobody still in line ahead of us: take it without yielding.
        if not self._locked and (not queue or all(w.cancelled() for w in queue)):
            self._locked = True
            return True
        if queue is None:
            queue = self._waiters = _deque()
        ticket = self._get_loop().create_future()
        queue.append(ticket)
        try:
            try:
                await ticket
            finally:
                queue.remove(ticket)
        except CancelledError:
            # We may have been woken as the next owner: let the next in line have it instead.
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_up_first()

    def _wake_up_first(self):
        # Wake the head of the line; it takes the lock when it runs (or passes it on).
        if self._waiters:
            head = self._waiters[0]
            if not head.done():
                head.set_result(True)


class Event(_LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self):
        self._waiters = _deque()
        self._value = False

    def __repr__(self):
        return _primitive_repr(self, 'set' if self._value else 'unset', self._waiters)

    def is_set(self):
        return self._value

    def set(self):
        if self._value:
            return
        self._value = True
        for waiter in self._waiters:
            if not waiter.done():
                waiter.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        waiter = self._get_loop().create_future()
        waiters = self._waiters
        waiters.append(waiter)
        try:
            await waiter
        finally:
            waiters.remove(waiter)
        return True


class Condition(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, lock=None):
        self._lock = lock = Lock() if lock is None else lock
        # The lock's own methods, bound: "cond.acquire is cond._lock.acquire"-style sharing.
        self.locked, self.acquire, self.release = lock.locked, lock.acquire, lock.release
        self._waiters = _deque()

    def __repr__(self):
        return _primitive_repr(self, 'locked' if self.locked() else 'unlocked', self._waiters)

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            waiters = self._waiters
            signal = self._get_loop().create_future()
            waiters.append(signal)
            try:
                await signal
            finally:
                waiters.remove(signal)
            return True
        finally:
            # Leave holding the lock again, even when cancelled (any number of times) meanwhile;
            # a cancellation is re-raised once the lock is ours.
            was_cancelled = False
            while True:
                try:
                    await self.acquire()
                except CancelledError:
                    was_cancelled = True
                else:
                    break
            if was_cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        budget = n
        for signal in self._waiters:
            if budget <= 0:
                break
            if not signal.done():
                budget -= 1
                signal.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin, _LoopBoundMixin):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("Semaphore initial value must be >= 0")
        self._waiters = None  # a deque, made at the first wait
        self._value = value

    def __repr__(self):
        state = 'locked' if self.locked() else f'unlocked, value:{self._value}'
        return _primitive_repr(self, state, self._waiters)

    def locked(self):
        # Also "locked" while a live waiter is in line, so newcomers cannot jump the queue.
        if self._value == 0:
            return True
        return any(not w.cancelled() for w in self._waiters or ())

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        queue = self._waiters
        if queue is None:
            queue = self._waiters = _deque()
        ticket = self._get_loop().create_future()
        queue.append(ticket)
        try:
            try:
                await ticket
            finally:
                queue.remove(ticket)
        except CancelledError:
            if not ticket.cancelled():
                # A unit was handed to us before the cancellation arrived: give it back.
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        # Hand one unit to the first live waiter.
        for ticket in self._waiters or ():
            if not ticket.done():
                self._value -= 1
                ticket.set_result(True)
                break


class BoundedSemaphore(Semaphore):
    __module__ = 'asyncio.locks'

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value < self._bound_value:
            return super().release()
        raise ValueError('BoundedSemaphore released too many times')


class _BarrierState:
    __module__ = 'asyncio.locks'

    def __init__(self, name, value):
        self.name = name
        self.value = value

    def __repr__(self):
        return f'<_BarrierState.{self.name}: {self.value!r}>'


_B_FILLING = _BarrierState('FILLING', 'filling')
_B_DRAINING = _BarrierState('DRAINING', 'draining')
_B_RESETTING = _BarrierState('RESETTING', 'resetting')
_B_BROKEN = _BarrierState('BROKEN', 'broken')


class Barrier(_LoopBoundMixin):
    # A round: parties arrive while FILLING; the last one switches to DRAINING and everybody
    # leaves; the last to leave switches back to FILLING. reset() and abort() break the round.
    __module__ = 'asyncio.locks'

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = _B_FILLING
        self._count = 0

    def __repr__(self):
        state = self._state.value
        if not self.broken:
            state += f', waiters:{self.n_waiting}/{self.parties}'
        return f'{_object_repr(self)} [{state}]>'

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    def _between_rounds(self):
        return self._state is _B_DRAINING or self._state is _B_RESETTING

    async def wait(self):
        cond = self._cond
        async with cond:
            # Late arrivals wait for the current round to empty.
            await cond.wait_for(lambda: not self._between_rounds())
            if self._state is _B_BROKEN:
                raise BrokenBarrierError("Barrier aborted")
            index = self._count
            self._count = index + 1
            try:
                if self._count == self._parties:
                    self._state = _B_DRAINING
                    cond.notify_all()
                else:
                    await cond.wait_for(lambda: self._state is not _B_FILLING)
                    if self._state is _B_BROKEN or self._state is _B_RESETTING:
                        raise BrokenBarrierError("Abort or reset of barrier")
                return index
            finally:
                self._count -= 1
                if self._count == 0:
                    # The last one out starts the next round.
                    if self._between_rounds():
                        self._state = _B_FILLING
                    cond.notify_all()

    async def reset(self):
        async with self._cond:
            # With parties waiting, they are sent away (BrokenBarrierError) first.
            self._state = _B_RESETTING if self._count > 0 else _B_FILLING
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = _B_BROKEN
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state is _B_FILLING else 0

    @property
    def broken(self):
        return self._state is _B_BROKEN


# ---- queues -----------------------------------------------------------------------------------

class QueueEmpty(Exception):
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    __module__ = 'asyncio.queues'


class Queue(_LoopBoundMixin):
    # Storage goes through the _init/_put/_get hooks (PriorityQueue and LifoQueue swap them).
    # _getters and _putters hold the futures of blocked get()s and put()s, oldest first; one is
    # woken per item added or removed.
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters, self._putters = _deque(), _deque()
        self._unfinished_tasks = 0
        self._finished = Event()  # set while no task is unfinished: what join() waits for
        self._finished.set()
        self._init(maxsize)

    def _wakeup_next(self, waiters):
        # Wake the oldest waiter still waiting (cancelled ones are dropped on the way).
        while waiters:
            first = waiters.popleft()
            if not first.done():
                first.set_result(None)
                return

    def _give_up(self, waiter, waiters, still_blocked):
        # A blocked put()/get() is leaving with an exception. If it had been woken already, the
        # wake-up goes to the next one in line, as long as that one could proceed.
        waiter.cancel()
        if waiter in waiters:
            waiters.remove(waiter)
        if not still_blocked() and not waiter.cancelled():
            self._wakeup_next(waiters)

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    @classmethod
    def __class_getitem__(cls, item):
        return _types.GenericAlias(cls, item)

    def _format(self):
        text = [f'maxsize={self._maxsize!r}']
        if getattr(self, '_queue', None):
            text.append(f'_queue={list(self._queue)!r}')
        for label, waiting in (('_getters', self._getters), ('_putters', self._putters)):
            if waiting:
                text.append(f'{label}[{len(waiting)}]')
        if self._unfinished_tasks:
            text.append(f'tasks={self._unfinished_tasks}')
        return ' '.join(text)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    # The storage: a deque, first in first out.

    def _init(self, maxsize):
        self._queue = _deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    # put() and get() on a plain Queue do the work of full(), empty(), put_nowait(), get_nowait(),
    # _get_loop() and _wakeup_next() inline, without a frame for each. A subclass may redefine
    # any of those, so for subclasses every one of them is called.

    async def put(self, item):
        if _queue_put_now(self, item):
            return None
        plain = type(self) is Queue
        while (0 < self._maxsize <= len(self._queue)) if plain else self.full():
            loop = _get_running_loop()
            if not plain or loop is not self._loop:
                loop = self._get_loop()
            putter = loop.create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                self._give_up(putter, self._putters, self.full)
                raise
        if not plain:
            return self.put_nowait(item)
        self._queue.append(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        getters = self._getters
        while getters:
            getter = getters.popleft()
            if not getter.done():
                getter.set_result(None)
                break
        return None

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        item = _queue_get_now(self)
        if item is not _QUEUE_MISS:
            return item
        plain = type(self) is Queue
        while (not self._queue) if plain else self.empty():
            loop = _get_running_loop()
            if not plain or loop is not self._loop:
                loop = self._get_loop()
            getter = loop.create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                self._give_up(getter, self._getters, self.empty)
                raise
        if not plain:
            return self.get_nowait()
        item = self._queue.popleft()
        putters = self._putters
        while putters:
            putter = putters.popleft()
            if not putter.done():
                putter.set_result(None)
                break
        return item

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        taken = self._get()
        self._wakeup_next(self._putters)
        return taken

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if not self._unfinished_tasks:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks:
            await self._finished.wait()


# A plain Queue that has room (put) or an item (get) is served by one built-in call.
_QUEUE_MISS = object()
_queue_fast_setup(Queue, Event, _QUEUE_MISS)
del _queue_fast_setup


def _list_init(self, maxsize):
    self._queue = []


class PriorityQueue(Queue):
    # A heap: _get returns the smallest item.
    __module__ = 'asyncio.queues'

    _init = _list_init

    def _put(self, item):
        _heappush(self._queue, item)

    def _get(self):
        return _heappop(self._queue)


class LifoQueue(Queue):
    __module__ = 'asyncio.queues'

    _init = _list_init

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()


# ---- Runner and run ---------------------------------------------------------------------------

# ---- protocols and transports: the interfaces only -------------------------------------------
# No sockets or pipes exist here, so nothing calls these; a program can still subclass them and
# call the methods itself (a learner's Protocol fed by hand). A protocol's callbacks do nothing by
# default; every transport operation must come from a subclass.

class BaseProtocol:
    """Common base class for protocol interfaces."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def connection_made(self, transport): pass
    def connection_lost(self, exc): pass
    def pause_writing(self): pass
    def resume_writing(self): pass


class Protocol(BaseProtocol):
    """Interface for stream protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def data_received(self, data): pass
    def eof_received(self): pass


class BufferedProtocol(BaseProtocol):
    """Interface for stream protocol with manual buffer control."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def get_buffer(self, sizehint): pass
    def buffer_updated(self, nbytes): pass
    def eof_received(self): pass


class DatagramProtocol(BaseProtocol):
    """Interface for datagram protocol."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def datagram_received(self, data, addr): pass
    def error_received(self, exc): pass


class SubprocessProtocol(BaseProtocol):
    """Interface for protocol for subprocess calls."""
    __module__ = 'asyncio.protocols'
    __slots__ = ()

    def pipe_data_received(self, fd, data): pass
    def pipe_connection_lost(self, fd, exc): pass
    def process_exited(self): pass


def _subclass_must(self, *args, **kwargs):
    raise NotImplementedError


class BaseTransport:
    """Base class for transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ('_extra',)

    def __init__(self, extra=None):
        self._extra = {} if extra is None else extra

    def get_extra_info(self, name, default=None):
        return self._extra.get(name, default)

    is_closing = close = set_protocol = get_protocol = _subclass_must


class ReadTransport(BaseTransport):
    """Interface for read-only transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()
    is_reading = pause_reading = resume_reading = _subclass_must


class WriteTransport(BaseTransport):
    """Interface for write-only transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()
    set_write_buffer_limits = get_write_buffer_size = get_write_buffer_limits = _subclass_must
    write = write_eof = can_write_eof = abort = _subclass_must

    def writelines(self, list_of_data):
        # One write of everything joined: a subclass need only define write().
        self.write(b''.join(list_of_data))


class Transport(ReadTransport, WriteTransport):
    """Interface representing a bidirectional transport."""
    __module__ = 'asyncio.transports'
    __slots__ = ()


class DatagramTransport(BaseTransport):
    """Interface for datagram (UDP) transports."""
    __module__ = 'asyncio.transports'
    __slots__ = ()
    sendto = abort = _subclass_must


class SubprocessTransport(BaseTransport):
    __module__ = 'asyncio.transports'
    __slots__ = ()
    get_pid = get_returncode = get_pipe_transport = send_signal = terminate = kill = _subclass_must


del _subclass_must


# ---- streams: a StreamReader fed by hand -----------------------------------------------------------
# Without sockets or pipes only the reading half exists: a program feeds bytes in (feed_data,
# feed_eof, set_exception) and coroutines read them out, waiting on a future while too little
# has arrived.

_DEFAULT_LIMIT = 2 ** 16


class StreamReader:
    __module__ = 'asyncio.streams'

    def __init__(self, limit=_DEFAULT_LIMIT, loop=None):
        if not limit > 0:
            raise ValueError('Limit cannot be <= 0')
        self._loop = loop if loop is not None else get_event_loop()
        self._buffer, self._limit = bytearray(), limit
        self._eof = False
        self._waiter = self._exception = None

    def __repr__(self):
        parts = ['StreamReader']
        if self._buffer:
            parts.append(f'{len(self._buffer)} bytes')
        if self._eof:
            parts.append('eof')
        if self._limit != _DEFAULT_LIMIT:
            parts.append(f'limit={self._limit}')
        if self._waiter:
            parts.append(f'waiter={self._waiter!r}')
        if self._exception:
            parts.append(f'exception={self._exception!r}')
        return '<' + ' '.join(parts) + '>'

    def _release(self, error=None):
        # The reader parked in _more() resumes: with the data fed so far, or with the error.
        fut, self._waiter = self._waiter, None
        if fut is None or fut.cancelled():
            return
        if error is None:
            fut.set_result(None)
        else:
            fut.set_exception(error)

    def exception(self):
        return self._exception

    def set_exception(self, exc):
        self._exception = exc
        self._release(exc)

    def feed_eof(self):
        self._eof = True
        self._release()

    def at_eof(self):
        return self._eof and not self._buffer

    def feed_data(self, data):
        assert not self._eof, 'feed_data after feed_eof'
        if data:
            self._buffer += data
            self._release()

    async def _more(self, caller):
        if self._waiter is not None:
            raise RuntimeError(f'{caller}() called while another coroutine is already waiting for incoming data')
        assert not self._eof, '_wait_for_data after EOF'
        fut = self._waiter = self._loop.create_future()
        try:
            await fut
        finally:
            self._waiter = None

    def _take(self, n):
        chunk = bytes(self._buffer[:n])
        del self._buffer[:n]
        return chunk

    def _fail_if_broken(self):
        if self._exception is not None:
            raise self._exception

    async def readline(self):
        try:
            return await self.readuntil(b'\n')
        except IncompleteReadError as e:
            return e.partial
        except LimitOverrunError as e:
            # Drop the over-long line (through its newline when one was seen).
            over = e.consumed + 1 if self._buffer.startswith(b'\n', e.consumed) else len(self._buffer)
            del self._buffer[:over]
            raise ValueError(e.args[0])

    async def readuntil(self, separator=b'\n'):
        width = len(separator)
        if width == 0:
            raise ValueError('Separator should be at least one-byte string')
        self._fail_if_broken()
        start = 0
        while True:
            size = len(self._buffer)
            found = self._buffer.find(separator, start) if size - start >= width else -1
            if found >= 0:
                break
            if size - start >= width:
                # The separator may straddle the end of what has arrived: look again from there.
                start = size + 1 - width
                if start > self._limit:
                    raise LimitOverrunError('Separator is not found, and chunk exceed the limit', start)
            if self._eof:
                raise IncompleteReadError(self._take(size), None)
            await self._more('readuntil')
        if found > self._limit:
            raise LimitOverrunError('Separator is found, but chunk is longer than limit', found)
        return self._take(found + width)

    async def read(self, n=-1):
        self._fail_if_broken()
        if n < 0:
            pieces = []
            while piece := await self.read(self._limit):
                pieces.append(piece)
            return b''.join(pieces)
        if n and not self._buffer and not self._eof:
            await self._more('read')
        return self._take(n)

    async def readexactly(self, n):
        if n < 0:
            raise ValueError('readexactly size can not be less than zero')
        self._fail_if_broken()
        while n and len(self._buffer) < n:
            if self._eof:
                raise IncompleteReadError(self._take(len(self._buffer)), n)
            await self._more('readexactly')
        return self._take(n)

    async def __anext__(self):
        if line := await self.readline():
            return line
        raise StopAsyncIteration

    def __aiter__(self):
        return self


class _RunnerState:
    __module__ = 'asyncio.runners'

    def __init__(self, name, value):
        self.name = name
        self.value = value


_R_CREATED = _RunnerState('CREATED', 'created')
_R_INITIALIZED = _RunnerState('INITIALIZED', 'initialized')
_R_CLOSED = _RunnerState('CLOSED', 'closed')


class Runner:
    __module__ = 'asyncio.runners'

    def __init__(self, *, debug=None, loop_factory=None):
        self._state = _R_CREATED
        self._debug, self._loop_factory = debug, loop_factory
        self._loop = self._context = None
        self._set_event_loop = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def close(self):
        if self._state is not _R_INITIALIZED:
            return
        loop = self._loop
        try:
            _cancel_all_tasks(loop)
            # Each shutdown coroutine is made only when its turn comes.
            for shutdown in (loop.shutdown_asyncgens, loop.shutdown_default_executor):
                loop.run_until_complete(shutdown())
        finally:
            if self._set_event_loop:
                set_event_loop(None)
            loop.close()
            self._loop, self._state = None, _R_CLOSED

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError("a coroutine was expected, got {!r}".format(coro))
        if _get_running_loop() is not None:
            raise RuntimeError("Runner.run() cannot be called from a running event loop")
        self._lazy_init()
        task = self._loop.create_task(coro, context=self._context if context is None else context)
        # Ctrl-C (here only signal.raise_signal(SIGINT)) cancels the main task first; a second
        # one, or one after main finished, raises KeyboardInterrupt where the program is.
        signal = sys.modules.get('signal')
        on_sigint = None
        if (signal is not None and _on_main_thread()
                and signal.getsignal(signal.SIGINT) is signal.default_int_handler):
            def on_sigint(signum, frame):
                self._interrupt_count += 1
                if self._interrupt_count == 1 and not task.done():
                    task.cancel()
                    self._loop.call_soon_threadsafe(lambda: None)
                    return
                raise KeyboardInterrupt()
            signal.signal(signal.SIGINT, on_sigint)
        self._interrupt_count = 0
        try:
            return self._loop.run_until_complete(task)
        except CancelledError:
            if self._interrupt_count > 0 and task.uncancel() == 0:
                raise KeyboardInterrupt()
            raise
        finally:
            if on_sigint is not None and signal.getsignal(signal.SIGINT) is on_sigint:
                signal.signal(signal.SIGINT, signal.default_int_handler)

    def _lazy_init(self):
        state = self._state
        if state is _R_INITIALIZED:
            return
        if state is _R_CLOSED:
            raise RuntimeError("Runner is closed")
        if self._loop_factory is not None:
            self._loop = self._loop_factory()
        else:
            # Only a loop of our own making becomes the thread's current loop.
            self._loop = new_event_loop()
            if not self._set_event_loop:
                set_event_loop(self._loop)
                self._set_event_loop = True
        if self._debug is not None:
            self._loop.set_debug(self._debug)
        self._context = _copy_context()
        self._state = _R_INITIALIZED


def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError("asyncio.run() cannot be called from a running event loop")
    with Runner(debug=debug) as runner:
        return runner.run(main)


def _cancel_all_tasks(loop):
    leftovers = all_tasks(loop)
    if not leftovers:
        return
    for task in leftovers:
        task.cancel()
    loop.run_until_complete(gather(*leftovers, return_exceptions=True))
    # Report the ones that ended with an error instead of being cancelled.
    for task in leftovers:
        error = None if task.cancelled() else task.exception()
        if error is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': error,
                'task': task,
            })


# asyncio.tasks, asyncio.exceptions... as CPython's package has them (see AsyncioModule.SUBMODULES).
_make_submodules()
del _make_submodules

selector_events.BaseSelectorEventLoop = _BaseSelectorEventLoop

# asyncio.constants: CPython's tuning numbers, for programs that read them.
constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES = 5
constants.ACCEPT_RETRY_DELAY = 1
constants.DEBUG_STACK_DEPTH = 10
constants.SSL_HANDSHAKE_TIMEOUT = 60.0
constants.SSL_SHUTDOWN_TIMEOUT = 30.0
constants.SENDFILE_FALLBACK_READBUFFER_SIZE = 1024 * 256
constants.FLOW_CONTROL_HIGH_WATER_SSL_READ = 256
constants.FLOW_CONTROL_HIGH_WATER_SSL_WRITE = 512


def _asyncio_logger(name):
    # asyncio.log.logger is logging.getLogger('asyncio'); logging is only loaded when asked for.
    if name == 'logger':
        import logging
        return logging.getLogger('asyncio')
    raise AttributeError(f"module 'asyncio.log' has no attribute {name!r}")


log.__getattr__ = _asyncio_logger
del _asyncio_logger


# dir(asyncio) shows what CPython's package shows: the public names, the dunders and the six
# private task helpers of __all__, not the helpers this file keeps for itself.
def __dir__():
    return [name for name in globals()
            if name != '__dir__' and (not name.startswith('_') or name.startswith('__') or name in __all__)]
