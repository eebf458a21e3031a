"""atexit for Coroscope: functions run when the program ends, last registered first, as CPython
runs them (after the main module finishes or fails, before module teardown). Written for the engine."""

import _weakref

_handlers = []
_hooked = False


def register(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) at program end; returns func (so it works as a decorator)."""
    global _hooked
    if not callable(func):
        raise TypeError("the first argument must be callable")
    if not _hooked:
        _weakref.at_exit(_run_exitfuncs)
        _hooked = True
    _handlers.append((func, args, kwargs))
    return func


def unregister(func, /):
    """Remove every registration of func."""
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as exc:
            import sys
            import traceback
            print("Exception ignored in atexit callback: %r" % (func,), file=sys.stderr)
            traceback.print_exception(type(exc), exc, exc.__traceback__)
