# Loops whose int operators take a constant operand and store their result at once (one dispatch
# in the engine's fast loop): overflow into big ints, errors raised mid-loop with their lines,
# int subclasses, bools, floats, first stores to a local, and the values left behind.


def grow(n):
    x = 1
    for i in range(n):
        x = x * 3 + 1
        y = x % 1000003
        z = x >> 7
    return x, y, z


print(grow(10), grow(50)[1], grow(200)[2] % 99991)


def xs(seed, count):
    x = seed
    total = 0
    for _ in range(count):
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        total = (total + x) % 4294967291
    return x, total


print(xs(2463534242, 5000))


def negatives(n):
    out = []
    a = -n
    while a < n:
        q = a // 7
        r = a % 7
        s = a // -3
        t = a % -3
        u = a >> 2
        w = a << 3
        out.append((q, r, s, t, u, w))
        a = a + 5
    return out


print(negatives(40)[:4], len(negatives(40)))


def divide_by(k):
    n = 1000
    steps = 0
    while n:
        n //= k
        steps += 1
        k = k - 1
    return steps


try:
    divide_by(3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def shift_by(k):
    v = 1
    for i in range(20):
        v = v << 1
        w = v >> k
        k = k - 1
    return v


try:
    shift_by(8)
except ValueError as e:
    print("ValueError:", e)


class Tally(int):
    def __add__(self, other):
        return Tally(int(self) + other * 10)

    def __mod__(self, other):
        return "mod"


def tally(n):
    t = Tally(1)
    m = None
    for i in range(n):
        t = t + 1
        m = t % 3
    return t, type(t).__name__, m


print(tally(30))


def mixed(n):
    b = True
    f = 1.5
    s = "ab"
    for i in range(n):
        c = b + 1
        g = f * 2
        h = s * 2
        k = i & 1
    return c, g, h, k


print(mixed(20))


def first_store(n):
    for i in range(n):
        if i > 5:
            late = i * 1000
        early = i - 1
    return early, late


print(first_store(12))


def unbound(n):
    for i in range(n):
        if i == 8:
            del acc
            acc2 = acc + 1
        acc = i + 1
        acc2 = acc * 2
    return acc2


print(unbound(5))
try:
    unbound(12)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def big_consts(n):
    v = 2 ** 62
    for i in range(n):
        v = v + 2 ** 61
        v = v - 2 ** 61
        w = v * 4
    return v, w


print(big_consts(30))


def boom(n):
    x = 10
    for i in range(n):
        x = x - 1
        y = 100 // x
    return y


boom(20)
