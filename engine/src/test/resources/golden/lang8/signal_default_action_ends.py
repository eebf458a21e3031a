# A signal whose default action ends the process ends it at once: no except, finally or atexit
# handler runs afterwards, and the program's output so far is kept.
import atexit
import signal

atexit.register(print, "atexit handler")
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR1)       # ignored: nothing happens
signal.raise_signal(signal.SIGCHLD)       # ignored by default
print("still running")


def deep(n):
    if n == 0:
        signal.raise_signal(signal.SIGTERM)
    try:
        deep(n - 1)
    finally:
        print("finally", n)


try:
    print("before")
    deep(3)
except BaseException as e:
    print("caught", type(e).__name__)
finally:
    print("cleanup")
print("after")
