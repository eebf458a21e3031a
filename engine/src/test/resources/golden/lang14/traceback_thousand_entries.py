# An uncaught exception's traceback shows at most its 1,000 innermost entries (CPython's
# default when sys.tracebacklimit is not set): the module's own line is left out here.
import sys

sys.setrecursionlimit(5000)


def down(n):
    if n == 0:
        raise LookupError("bottom reached")
    return down(n - 1)


def start():
    return down(2500)


print("start")
start()
