# sys.tracebacklimit keeps the innermost entries of each traceback in a chain.
import sys

sys.tracebacklimit = 2


def parse(text, depth):
    if depth:
        return parse(text, depth - 1)
    return int(text)


def load(text):
    try:
        return parse(text, 4)
    except ValueError as e:
        raise RuntimeError("could not load " + repr(text)) from e


print("loading")
load("x1")
