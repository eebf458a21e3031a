# Calls the VM binds by its fast path (exact positional arguments) next to the ones it does not.
def dflt(a, b=2, *c, d=3, **e):
    return (a, b, c, d, sorted(e.items()))


print(dflt(*[1], **{}))
print(dflt(*[1]))
print(dflt(1, 2, 3, 4, d=5, z=6))


def plain(a, b):
    return a - b


print(plain(5, 3), plain(b=5, a=3), plain(*(7, 1)))


class C:
    def __init__(self, v):
        self.v = v

    def m(self, k):
        return self.v * k

    def r(self):
        return None


c = C(4)
print(c.m(3), C.m(c, 2), c.r())
f = c.m
print(f(10))


def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)


print(deep(500))
try:
    deep(5000)
except RecursionError as e:
    print("RecursionError", e)


def wrong(a):
    return a


for args in [(), (1, 2)]:
    try:
        wrong(*args)
    except TypeError as e:
        print("TypeError", e)


class BadInit:
    def __init__(self):
        return 3


try:
    BadInit()
except TypeError as e:
    print("TypeError", e)


def gen(n):
    for i in range(n):
        yield plain(i, 1)


print(list(gen(4)), sum(plain(i, 0) for i in range(5)))
print(sorted([3, 1, 2], key=lambda x: plain(0, x)))
