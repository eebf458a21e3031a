# A sys.excepthook that raises: CPython prints both tracebacks.
import sys


def broken(t, v, tb):
    print("broken hook called for", t.__name__)
    raise RuntimeError("the hook itself failed")


sys.excepthook = broken
data = {'a': 1}
print(data['b'])
