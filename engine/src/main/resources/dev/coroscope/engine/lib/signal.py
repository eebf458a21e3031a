# Coroscope's signal module. A program here is alone with its process: no signal ever arrives
# from outside. A handler table is kept per signal number, and raise_signal() delivers a signal
# to the program itself: a Python handler runs at once in the main thread, which is where and
# when CPython runs it (its C handler only sets a flag, read as soon as the call returns).

import sys as _sys
import _coroscope
from enum import IntEnum as _IntEnum

NSIG = 65
_RT_FIRST = 34

Signals = _IntEnum('Signals', [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6),
    ('SIGIOT', 6), ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11),
    ('SIGUSR2', 12), ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16),
    ('SIGCHLD', 17), ('SIGCLD', 17), ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20),
    ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23), ('SIGXCPU', 24), ('SIGXFSZ', 25),
    ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29), ('SIGPOLL', 29),
    ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64),
], module='signal')

Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module='signal')

Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)],
                    module='signal')

globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

_DESCRIPTIONS = {
    1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap',
    6: 'Aborted', 7: 'Bus error', 8: 'Floating point exception', 9: 'Killed',
    10: 'User defined signal 1', 11: 'Segmentation fault', 12: 'User defined signal 2',
    13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated', 16: 'Stack fault',
    17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
    21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition',
    24: 'CPU time limit exceeded', 25: 'File size limit exceeded', 26: 'Virtual timer expired',
    27: 'Profiling timer expired', 28: 'Window changed', 29: 'I/O possible', 30: 'Power failure',
    31: 'Bad system call',
}

# Signals whose default action leaves the process alone.
_IGNORED_BY_DEFAULT = frozenset((17, 18, 23, 28))


def default_int_handler(signalnum, frame, /):
    raise KeyboardInterrupt


default_int_handler.__module__ = None  # a built-in function in CPython
default_int_handler.__qualname__ = 'default_int_handler'

# What is installed now: CPython ignores SIGPIPE and turns SIGINT into KeyboardInterrupt.
_handlers = {n: Handlers.SIG_DFL for n in range(1, NSIG)}
_handlers[SIGINT] = default_int_handler
_handlers[SIGPIPE] = Handlers.SIG_IGN


def _number(signalnum, raising=ValueError):
    if isinstance(signalnum, int):
        n = int(signalnum)
    else:
        index = getattr(type(signalnum), '__index__', None)
        if index is None:
            raise TypeError(f"'{type(signalnum).__name__}' object cannot be interpreted as an integer")
        n = index(signalnum)
    if not 1 <= n < NSIG:
        if raising is OSError:
            raise OSError(22, 'Invalid argument')
        raise ValueError('signal number out of range')
    return n


def _in_main_thread():
    threading = _sys.modules.get('threading')
    return threading is None or threading.current_thread() is threading.main_thread()


def _as_handler(value):
    if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
        return Handlers(value)
    return value


def signal(signalnum, handler, /):
    n = _number(signalnum)
    if not _in_main_thread():
        raise ValueError('signal only works in main thread of the main interpreter')
    if not callable(handler):
        if not (isinstance(handler, int) and handler in (0, 1)):
            raise TypeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object')
        handler = Handlers(handler)
    if n in (SIGKILL, SIGSTOP) or 32 <= n < _RT_FIRST:
        raise OSError(22, 'Invalid argument')
    previous = _handlers[n]
    _handlers[n] = handler
    return _as_handler(previous)


def getsignal(signalnum, /):
    return _as_handler(_handlers[_number(signalnum)])


def strsignal(signalnum, /):
    n = _number(signalnum)
    if n >= _RT_FIRST:
        return 'Real-time signal %d' % (n - _RT_FIRST)
    return _DESCRIPTIONS.get(n)


def valid_signals():
    found = set()
    for n in range(1, NSIG):
        if 32 <= n < _RT_FIRST:
            continue
        try:
            found.add(Signals(n))
        except ValueError:
            found.add(n)
    return found


def raise_signal(signalnum, /):
    n = _number(signalnum, OSError)
    handler = _handlers[n]
    if callable(handler):
        handler(n, _sys._getframe(0))  # library frames do not count: this is the caller's
    elif handler == Handlers.SIG_DFL and n not in _IGNORED_BY_DEFAULT:
        # The default action ends the process at once: no except, finally or atexit runs after
        # this; what it had written is kept, and the exit status is 128 + n, as a shell reports it.
        _coroscope.kill(n)
