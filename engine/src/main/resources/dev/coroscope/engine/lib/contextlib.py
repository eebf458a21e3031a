"""Context-manager utilities for Coroscope, written for the engine: contextmanager and
asynccontextmanager, suppress, nullcontext, closing, aclosing, chdir, redirect_stdout/redirect_stderr,
ExitStack and AsyncExitStack, and the decorator and abstract base classes behind them."""

import sys as _sys
import abc as _abc
from types import GenericAlias as _GenericAlias

__all__ = ["asynccontextmanager", "contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "AbstractAsyncContextManager", "AsyncExitStack", "ContextDecorator", "ExitStack",
           "redirect_stdout", "redirect_stderr", "suppress", "aclosing", "chdir"]


def _copy_identity(wrapper, wrapped):
    """What functools.wraps does, without importing functools at start-up."""
    for attr in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


# ---------------------------------------------------------------- base classes

def _defines_all(klass, names):
    """For __subclasshook__: True when klass's MRO defines every name (and none of them as None),
    else NotImplemented so the usual subclass rules decide."""
    for name in names:
        for base in klass.__mro__:
            if name in base.__dict__:
                if base.__dict__[name] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class AbstractContextManager(_abc.ABC):
    """Anything with __enter__ and __exit__ counts as an instance (through __subclasshook__)."""

    __class_getitem__ = classmethod(_GenericAlias)

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        # Only the ABC itself answers by duck typing; its subclasses use ordinary subclassing.
        return _defines_all(other, ("__enter__", "__exit__")) if cls is AbstractContextManager else NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """Anything with __aenter__ and __aexit__ counts as an instance (through __subclasshook__)."""

    __class_getitem__ = classmethod(_GenericAlias)

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, other):
        # Only the ABC itself answers by duck typing; its subclasses use ordinary subclassing.
        return _defines_all(other, ("__aenter__", "__aexit__")) if cls is AbstractAsyncContextManager else NotImplemented


class ContextDecorator:
    """Lets a context manager be used as a decorator: each call runs inside a with statement."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        def run_inside(*args, **kwds):
            with manager_for_call():
                return func(*args, **kwds)
        return _copy_identity(run_inside, func)


class AsyncContextDecorator:
    """The async-with counterpart of ContextDecorator, for coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        manager_for_call = self._recreate_cm

        async def run_inside(*args, **kwds):
            async with manager_for_call():
                return await func(*args, **kwds)
        return _copy_identity(run_inside, func)


# ---------------------------------------------------------------- generator-based managers

def _after_throw(escaped, thrown, tb, finished, converted):
    """Decides a generator manager's exit once `escaped` came out of the generator that `thrown`
    was thrown into. True suppresses the with-block's exception, False lets it propagate; an
    unrelated exception propagates from here. `finished` is the type meaning the generator
    returned; `converted` the types a generator turns into RuntimeError when they leak out."""
    if isinstance(escaped, finished):
        return escaped is not thrown
    if escaped is thrown:
        escaped.__traceback__ = tb
        return False
    if isinstance(escaped, RuntimeError) and isinstance(thrown, converted) and escaped.__cause__ is thrown:
        thrown.__traceback__ = tb
        return False
    raise escaped


_EXHAUSTED = object()   # default for next()/anext(): the generator finished


class _GeneratorContextManagerBase:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # A decorated function needs a fresh generator for every call.
        return self.__class__(self.func, self.args, self.kwds)

    def _forget_recipe(self):
        del self.args, self.kwds, self.func


class _GeneratorContextManager(_GeneratorContextManagerBase, AbstractContextManager, ContextDecorator):
    def __enter__(self):
        self._forget_recipe()
        first = next(self.gen, _EXHAUSTED)
        if first is _EXHAUSTED:
            raise RuntimeError("generator didn't yield") from None
        return first

    def __exit__(self, typ, value, traceback):
        if typ is None:
            if next(self.gen, _EXHAUSTED) is _EXHAUSTED:
                return False
            raise RuntimeError("generator didn't stop")
        thrown = typ() if value is None else value
        try:
            self.gen.throw(typ, thrown, traceback)
        except BaseException as escaped:
            return _after_throw(escaped, thrown, traceback, StopIteration, StopIteration)
        raise RuntimeError("generator didn't stop after throw()")


class _AsyncGeneratorContextManager(_GeneratorContextManagerBase, AbstractAsyncContextManager,
                                    AsyncContextDecorator):
    async def __aenter__(self):
        self._forget_recipe()
        first = await anext(self.gen, _EXHAUSTED)
        if first is _EXHAUSTED:
            raise RuntimeError("generator didn't yield") from None
        return first

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            if await anext(self.gen, _EXHAUSTED) is _EXHAUSTED:
                return False
            raise RuntimeError("generator didn't stop")
        thrown = typ() if value is None else value
        try:
            await self.gen.athrow(typ, thrown, traceback)
        except BaseException as escaped:
            return _after_throw(escaped, thrown, traceback, StopAsyncIteration,
                                (StopIteration, StopAsyncIteration))
        raise RuntimeError("generator didn't stop after athrow()")


def contextmanager(func):
    def make_manager(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    return _copy_identity(make_manager, func)


def asynccontextmanager(func):
    def make_manager(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    return _copy_identity(make_manager, func)


# ---------------------------------------------------------------- small managers

class suppress(AbstractContextManager):
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __exit__(self, exc_type, exc, tb):
        # Python 3.11: an exception group is suppressed only if its own class matches.
        if exc_type is None:
            return False
        return issubclass(exc_type, self._exceptions)

    def __enter__(self):
        return None


class nullcontext(AbstractContextManager, AbstractAsyncContextManager):
    """Does nothing; entering gives back enter_result (with or async with)."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    async def __aenter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        return None

    async def __aexit__(self, *excinfo):
        return None


class _Wrapping:
    """Holds the object that closing/aclosing hand out and close at the end."""

    def __init__(self, thing):
        self.thing = thing


class closing(_Wrapping, AbstractContextManager):
    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class aclosing(_Wrapping, AbstractAsyncContextManager):
    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class chdir(AbstractContextManager):
    def __init__(self, path):
        self.path = path
        self._old_cwd = []   # stack of directories to return to

    def __enter__(self):
        import os
        previous = os.getcwd()
        os.chdir(self.path)
        self._old_cwd.append(previous)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []   # a stack, so one instance can be entered again while active

    def __enter__(self):
        self._old_targets.append(getattr(_sys, self._stream))
        setattr(_sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        setattr(_sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    _stream = "stderr"


# ---------------------------------------------------------------- exit stacks

def _unsupported(cls, what):
    return TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does not support the {what} protocol")


class _BaseExitStack:
    # Each entry is (is_sync, callable taking the exception triple).

    def __init__(self):
        self._exit_callbacks = []

    def pop_all(self):
        successor = type(self)()
        successor._exit_callbacks, self._exit_callbacks = self._exit_callbacks, []
        return successor

    def push(self, exit):
        method = getattr(type(exit), "__exit__", None)
        if method is None:
            self._exit_callbacks.append((True, exit))
        else:
            self._push_bound_exit(exit, method, True)
        return exit

    def enter_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, "__enter__", None)
        exit = getattr(cls, "__exit__", None)
        if enter is None or exit is None:
            raise _unsupported(cls, "context manager") from None
        value = enter(cm)
        self._push_bound_exit(cm, exit, True)
        return value

    def callback(self, callback, /, *args, **kwds):
        def on_exit(exc_type, exc, tb):
            callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._exit_callbacks.append((True, on_exit))
        return callback

    def _push_bound_exit(self, cm, method, is_sync):
        def on_exit(exc_type, exc, tb):
            return method(cm, exc_type, exc, tb)
        on_exit.__self__ = cm
        self._exit_callbacks.append((is_sync, on_exit))

    def _unwind(self, exc_details, frame_exc):
        """Generator driving the exit callbacks newest first. It yields each async callback's
        awaitable result back to the caller and receives the outcome; it returns the exception
        left to raise (or None) and whether the original one was suppressed."""
        current = exc_details[1]
        suppressed = False
        pending = None
        triple = exc_details
        callbacks = self._exit_callbacks
        while callbacks:
            is_sync, func = callbacks.pop()
            try:
                if is_sync:
                    swallowed = func(*triple)
                else:
                    swallowed = yield func(*triple)
            except BaseException as failure:
                _relink(failure, current, frame_exc)
                current = pending = failure
                triple = (type(failure), failure, failure.__traceback__)
                continue
            if swallowed:
                suppressed = True
                current = pending = None
                triple = (None, None, None)
        return pending, suppressed


def _relink(new_exc, previous, frame_exc):
    """Chain new_exc (raised by an exit callback) to the exception the previous callbacks left,
    in place of the exception that was being handled around the with statement."""
    node = new_exc
    while True:
        link = node.__context__
        if link is None or link is previous:
            return
        if link is frame_exc:
            node.__context__ = previous
            return
        node = link


def _raise_keeping_context(exc):
    kept = exc.__context__
    try:
        raise exc
    except BaseException:
        exc.__context__ = kept   # raising here must not re-chain it to the with-block's exception
        raise


class ExitStack(_BaseExitStack, AbstractContextManager):
    def __enter__(self):
        return self

    def __exit__(self, *exc_details):
        driver = self._unwind(exc_details, _sys.exc_info()[1])
        try:
            driver.send(None)
        except StopIteration as done:
            pending, suppressed = done.value
        else:
            raise RuntimeError("ExitStack holds an async callback")
        if pending is not None:
            _raise_keeping_context(pending)
        return exc_details[0] is not None and suppressed

    def close(self):
        self.__exit__(None, None, None)


class AsyncExitStack(_BaseExitStack, AbstractAsyncContextManager):
    async def enter_async_context(self, cm):
        cls = type(cm)
        enter = getattr(cls, "__aenter__", None)
        exit = getattr(cls, "__aexit__", None)
        if enter is None or exit is None:
            raise _unsupported(cls, "asynchronous context manager") from None
        value = await enter(cm)
        self._push_bound_exit(cm, exit, False)
        return value

    def push_async_exit(self, exit):
        method = getattr(type(exit), "__aexit__", None)
        if method is None:
            self._exit_callbacks.append((False, exit))
        else:
            self._push_bound_exit(exit, method, False)
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def on_exit(exc_type, exc, tb):
            await callback(*args, **kwds)
        on_exit.__wrapped__ = callback
        self._exit_callbacks.append((False, on_exit))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_details):
        driver = self._unwind(exc_details, _sys.exc_info()[1])
        outcome = None
        failure = None
        while True:
            try:
                awaitable = driver.throw(failure) if failure is not None else driver.send(outcome)
            except StopIteration as done:
                pending, suppressed = done.value
                break
            failure = None
            try:
                outcome = await awaitable
            except BaseException as exc:
                failure = exc
        if pending is not None:
            _raise_keeping_context(pending)
        return exc_details[0] is not None and suppressed
