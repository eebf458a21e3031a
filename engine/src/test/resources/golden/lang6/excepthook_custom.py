# A program's own sys.excepthook reports the uncaught exception; sys.__excepthook__ prints CPython's way.
import sys


def hook(exc_type, value, tb):
    print("hook got:", exc_type.__name__, value)
    frames = []
    while tb is not None:
        frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("frames:", frames)
    sys.__excepthook__(exc_type, value, value.__traceback__)


print(sys.excepthook is sys.__excepthook__, sys.excepthook)
sys.excepthook = hook


def parse(text):
    return int(text)


def load(items):
    return [parse(t) for t in items]


try:
    load(['1', 'x'])
except ValueError as e:
    raise LookupError("could not load") from e
