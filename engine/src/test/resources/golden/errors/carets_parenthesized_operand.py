# The ~~~^~~~ markers under a failing binary operation whose left operand is in parentheses:
# the traceback module (traceback.print_exc) and the interpreter's own printer (sys.excepthook,
# and the uncaught exception at the end) place them differently in CPython 3.11.
import sys
import traceback


def total(a, b, c):
    return (a + b) / c


def nested(x):
    return ((x)) / 0


def floor_twice(x):
    return ((x)) // 0


def power(x):
    return (x)**None


def spaced(x):
    return (x)   /  0


def paren_right(x):
    return (x)/(0)


def inner_paren(x):
    return 1 + (x) / 0


def concat(name):
    return (name) + 5


CASES = [(total, (1, 2, 0)), (nested, (1,)), (floor_twice, (1,)), (power, (2,)), (spaced, (1,)),
         (paren_right, (1,)), (inner_paren, (2,)), (concat, ("a",))]

for fn, args in CASES:
    try:
        fn(*args)
    except Exception:
        print("module:", fn.__name__, flush=True)
        traceback.print_exc()
        sys.stderr.flush()
        print("interpreter:", fn.__name__, flush=True)
        sys.excepthook(*sys.exc_info())
        sys.stderr.flush()

print((len("ab") + 1) * None)
