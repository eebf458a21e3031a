# Recursion through sum() over a generator expression, never ending: CPython 3.11 runs a function's
# first calls unspecialized, where the call of sum() itself counts against the recursion limit,
# so the RecursionError comes a few frames earlier than the frames alone would give.
import sys

sys.setrecursionlimit(120)


def total(xs):
    return sum(total([x]) for x in xs)


print(total([1]))
