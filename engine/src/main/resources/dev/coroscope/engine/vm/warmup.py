# Run once per JVM before the first program (Engine.warmUp; the command line's relaunched JVM does).
# The JIT compiles the interpreter loop with the branch profile it has collected; a branch it never
# saw taken is compiled as a trap, and taking it later throws the compiled loop away and compiles it
# again. That JVM profiles the loop from its first thousand instructions on (Relaunch: the
# interpreter starts profiling a method at once), so a few passes over both sides of the loop's
# branches are enough: each instruction the loop does itself, int and other operands, every
# iterator it knows running out, a return and a yield to the loop's own caller and to Java, a
# caught error. Keep it small: it costs every run (about 0.15 s of CPU).

for i in range(400):  # the loop's first thousand instructions, before the profile exists
    pass


def sub(n, m=1):
    return n - m


def mul(n, m=3):
    # `return a * b` on small ints: BINARY_OP__RETURN_VALUE with an operator other than + and -
    # (the loop hands it to RareOps); unseen, that side was a trap in the compiled loop, and the
    # first `return self.w * self.h` of a program compiled the whole loop again.
    return n * m


def gen(n):
    for i in range(n):
        yield i


# Methods the loop calls (and the JIT inlines into it) are profiled from their 128th call on:
# calls, returns, generators resumed in the loop and from Java, enough times first.
for i in range(150):
    sub(i)
    mul(i)
for i in gen(150):
    pass
sum(gen(150))
big = 1 << 62


def deleg(n):
    r = yield from gen(n)
    return r


class Box:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        return Box(self.v + other.v)


async def coro(n):
    return n


class Ready:  # awaited like a finished future: SEND to an iterator, not a coroutine
    def __await__(self):
        return iter(())


async def amain(n):
    await Ready()
    return await coro(n) + n


def unbound():
    try:
        x = y  # noqa: F821 (never bound: LOAD_FAST raises)
        y = 1
    except NameError:
        return 1


def cover(i):
    global counter
    a = [i, 2, -i]
    t = (a, i)
    x = a[0] + i
    x = x - 1
    x += i
    x -= 1
    x = x * 3 // 2 % 7 + (1 << 70) - (1 << 70) + 2.5 - 0.5
    x = int(x) + a[-1]
    a[1] = x
    a[-1] = x
    a[0:1] = [x]  # a list item and a slice, read and stored: both sides of the loop's list tests
    x += a[0:2][1]
    y = (big + big) - (-big - big)  # overflowing the long fast paths
    x += len(a[1:]) + (y > 0)
    d = {1: 2, "k": [1]}
    d[1] = t[1]
    d["k"][0] += 1
    x += d[1] + len("abc"[1:])
    s = "a"
    s += "b"
    if x < i:
        x = 0
    if x >= i and s != "c" and 0 < i <= 100:
        x += 1
    b = x == i
    c = s == "ab"
    if b or c or a or not a or not s or None:
        x += 1
    if not b and not c:
        x -= 1
    while x > 3:
        x -= 2
    for v in a:
        x += v
    for v in range(2):
        x += v
    for v in t:
        x += 1
    for v in s:
        x += 1
    for v in d:
        x += 1
    for v in gen(2):
        x += v
    for v in deleg(2):
        x += v
    x += sub(i) + sub(i, m=2) + len([v for v in a if v]) + sum(gen(3)) + sub(*(3, 1))
    x += (Box(i) + Box(1)).v + unbound()
    # A local and a constant into an operator or a comparison and jump (fused in the loop): small
    # ints both ways, an overflow, other operand kinds.
    k = i + 1
    k = k * 3
    k = k % 5
    k = k - 1
    if k < 2:
        k = k + 1
    if not k > 1:
        k = k - 1
    while k > 0:
        k = k - 1
    w = 9223372036854775807
    w = w + 1
    w = w - 1
    f = x * 1.0
    f = f - 1
    if f < 2:
        f = f + 1
    s2 = s + "x"
    if s2 == "abx":
        x += 1
    x, s = s, x

    def inner():
        return s

    x = inner()
    counter = counter + x
    q = amain(i)
    for v in a:  # a loop running out while a coroutine waits to be awaited (Lifetime is active)
        x += v
    try:
        q.send(None)
    except StopIteration as e:
        x += e.value
    return x + counter



def arith(a, b):
    # Every binary operator, plain and in place, on the operands given: the operator switches of
    # the arithmetic helpers are compiled with the cases they saw, so an operator a program first
    # uses late (`x ^= ...`, `exp >>= 1` on a big int) would be a trap there.
    r = a + b + (a - b) + a * b + a // b + a % b + (a & b) + (a | b) + (a ^ b) + (a >> 3) + (a << 3)
    r = r + a ** 2 + int(a / b)
    c = a
    c += b
    c -= b
    c *= b
    c //= b
    c %= b
    c &= b
    c |= b
    c ^= b
    c >>= 3
    c <<= 3
    c **= 2
    c /= b
    # A local with a constant (fused in the loop) while the local is big.
    if a > 0:
        r = r + 1
    while a > 9223372036854775807:
        a = a >> 40
    return r + divmod(a, b)[1] + pow(a, 3, 1000003) + int(c) + (r and 1) + (r != 0)


def farith(x, y):
    r = x + y + (x - y) + x * y + x / y + x // y + x % y + x ** 2
    c = x
    c += y
    c -= y
    c *= y
    c /= y
    c //= y
    c %= y
    c **= 2
    return r + c

def tests(n):
    # An int as a loop's or an if's test, and a closure's variable read in a loop (the fast loop
    # runs them).
    t = n + 3
    c = 0
    while t:
        t -= 1
        c += 1
    if not t:
        c += 1
    return c + sum(1 for v in range(6) if v < n) + len([v for v in range(6) if v % 2])


class Counts(dict):
    pass


def builtins_called(i, s):
    # Built-in functions, types and methods of many kinds, called with none, one and two
    # arguments, and values of several types formatted: the JIT then compiles the sites that
    # dispatch on them (CallOps.callBuiltin and what it inlines, PyMethodDescriptor.callWithSelf0/1/2,
    # Ops.format, Ops.str) as calls to any kind, where it would otherwise inline the first one or
    # two kinds a program reaches behind a type check whose failure at the next kind throws the
    # compiled code away. LogCompilation of strings.py: 48 uncommon traps -> 23, none left in
    # callBuiltin (C2 compiled it 5 times, now 2) or callMethodDescriptor (3, now 1). A site is
    # profiled from its 128th call on, which the first of the 40 rounds reach; this section costs
    # print(1) about 0.02 s of wall time (0.247 -> 0.266 s, median of 15).
    d = {1: 2}
    p = [1]
    n = (len(s) + int("5") + abs(-i) + min(i, 2) + isinstance(s, str) + len(str(i)) + ord(s[0])
         + len(list(p)) + len(tuple(p)) + len(range(2)) + len(dict(d)) + int(float(i)) + bool(i))
    t = f"{i:3d}{1.5:.2f}{s:>4}{s}{p}{i}" + str(1.5) + str(p) + format(i, "x") + "%s %d" % (s, i)
    zero = (s.upper(), s.lower(), s.strip(), s.isdigit(), d.keys(), d.values(), d.items(), p.copy())
    one = (s.join(s), s.zfill(5), s.partition(","), s.removeprefix("a"), s.split(","), s.strip("a"),
           s.rjust(4), s.count("a"), s.startswith("a"), s.endswith("b"), s.find("a"), s.index("a"),
           d.get(1), d.setdefault(3, 0), p.count(1), p.index(1), p.append(2), p.extend(p), p.remove(2))
    two = (s.replace("a", "b"), s.find("a", 1), s.split(",", 1), s.rjust(4, "."), s.count("a", 1),
           d.get(2, 0), d.pop(3, 0), p.index(1, 0), p.insert(0, 1))
    three = (s.replace("a", "b", 1), "{}{}{}".format(i, s, 1.5), s.find("a", 0, 2))
    m = {1: "a", "b": [2], (3,): 4.0}
    for k, v in m.items():  # item iteration and item assignment over keys and values of several types
        m[k] = v
    for v in m.values():
        p[0] = v
    b = bytearray(2)
    b[0] = 1
    c = Counts()
    c[s] = c.get(s, 0) + 1
    r = "x" * 600  # strs built by += past 512 chars share a builder (PyStr.concat's Pending text)
    r += s
    r += t
    e = ""  # and from an empty start, and with an empty str
    e += s
    e += ""
    return n, t, zero, one, two, three, p.pop(), d.popitem(), len(r) + len(r[1:]) + len(e)


# Every section runs in the first round: the JIT compiles the loop with the profile it has when
# that compilation starts, which can be early in this loop, and a branch the profile has not seen
# by then is compiled as a trap. (The sections ran one after the other before: in some runs the
# compile started before the last ones had run, and a program's first list slice store or str
# subscript threw the compiled loop away.)
counter = 0
result = sorted(range(2), key=cover)
for i in range(40):
    builtins_called(i, "a,b")
    if i % 2 == 0:
        counter += tests(i // 2)
    if i % 10 == 0:
        cover(i)
        arith(i + 12345, 7)
        arith((big << 70) + i, (big << 3) + 5)
        arith(big << 70, 1000)
        farith(i + 2.5, 1.5)
