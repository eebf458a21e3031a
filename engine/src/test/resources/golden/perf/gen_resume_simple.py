# Generators resumed from Java builtins (sum, max, list, all, any, next, send) whose bodies run
# only simple instructions: results, step-sensitive state, cells, sent values, fallbacks to the
# general loop (big ints, calls, non-range iterators), errors with their tracebacks, the cleanup
# of a suspended generator inside try/finally, and the recursion limit around a resume.
import sys


def outer(n):
    k = 7
    return sum(x * k for x in range(n) if x % 3 != 1)


print(sum(x for x in range(1000)), max((i * 7919) % 10007 for i in range(5000)), outer(300))
print(list(x - 1 for x in [3, 1, 4, 1, 5]), any(i * i == 144 for i in range(100)), all(i < 50 for i in range(60)))
print(sum(2 ** 62 + x for x in range(3)), sum(x * 2 ** 40 for x in range(2 ** 23, 2 ** 23 + 5)))
print(sum(abs(x) for x in range(-5, 5)), "".join(str(x) for x in range(12)))
print(list(x for x in (1, 2, 3)), list(x for x in "abc"), list(c for c in {"a": 1}))
flag = True
print(sum(x for x in range(10) if flag), [x for x in (y // 2 for y in range(9)) if x])


def echo():
    got = []
    while True:
        v = yield len(got)
        if v is None:
            break
        got.append(v)
    yield got


g = echo()
print(next(g), g.send(10), g.send(20), next(g))


def guarded(out):
    try:
        for i in range(3):
            yield i
    finally:
        out.append("finally")


out = []
g = guarded(out)
print(next(g), next(g), out)
del g
print("after del", out)


def failing():
    for i in range(5):
        yield 10 // (3 - i)


try:
    print(list(failing()))
except ZeroDivisionError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("error", e, lines)


def unbound():
    j = 0
    for i in range(3):
        if i == 2:
            del j
        yield j


try:
    print(list(unbound()))
except NameError as e:
    print(type(e).__name__, e)


def counter():
    n = 0
    while True:
        n += 1
        yield n


def deep(k, g):
    if k == 0:
        return next(g)
    return deep(k - 1, g)


c = counter()
next(c)
limit = sys.getrecursionlimit()
for k in range(limit - 8, limit):
    try:
        print(limit - k, deep(k, c) > 0)
    except RecursionError as e:
        print(limit - k, "RecursionError", e)
