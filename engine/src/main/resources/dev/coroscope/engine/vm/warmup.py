# Run once per JVM before the first program (Engine.warmUp). The JIT compiles the interpreter loop
# with the branch profile it has collected; a branch it never saw taken is compiled as a trap, and
# taking it later throws the compiled loop away and compiles it again (about a second of CPU on a
# loaded machine, each time). So: first enough calls from Java code that the loop gets profiled
# code early (part A), then one pass over as many of the loop's paths as possible, run through
# Java-initiated calls so it runs in that profiled code (part B). Keep it small: it costs every run.


def neg(x):
    return -x


order = sorted(range(700), key=neg)  # part A

counter = 0


class Box:
    kind = "box"

    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def __lt__(self, other):
        return self.x < other.x

    def __eq__(self, other):
        return isinstance(other, Box) and self.x == other.x

    def __hash__(self):
        return self.x

    def __len__(self):
        return 1

    def __add__(self, other):
        return Box(self.x + other.x)

    @property
    def double(self):
        return self.x * 2


class Ctx:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


def gen(n):
    for i in range(n):
        yield i
    return n


def deleg(n):
    r = yield from gen(n)
    return r


def dflt(a, b=2, *c, d=3, **e):
    return a + b + d


def two(a, b):
    return a - b


def outer(k):
    def inner(v):
        return v + k
    return inner


async def coro(n):
    return n + 1


async def amain(n):
    total = 0
    for i in range(n):
        total += await coro(i)
    return total


def cover(i):  # part B
    global counter
    counter += 1
    acc = counter
    s = "s"
    f = 0.5
    lst = [1, 2.5, "x", None, Box(1)]
    d = {"a": 1, 2: 3}
    acc = acc + i - 1 * 2 // 3 % 7
    acc += i
    acc -= 1
    acc *= 3
    acc //= 2
    acc %= 1000
    acc |= 1
    acc &= 255
    acc ^= 3
    acc = acc << 1 >> 1
    acc = acc + 2 ** 3 - (7 & 3) + (5 | 2) + (6 ^ 1)
    f = f * 1.5 + 2.0 - 0.5 / 3.0
    f += 1
    s += str(i)
    s = s + "a" * 2
    if i < 1 or i > 2 and i != 3 or i <= 4 or i >= 5 or i == 6:
        acc += 1
    if s == "x" or s != "y" or s < "t" or f > 0.25 or f == 2 or 1 < f:
        acc -= 1
    if lst and d and s and acc and f and not None and Box(1) and not []:
        acc += 1
    if not lst or None or 0 or "":
        acc -= 1
    while acc > 300:
        acc -= 100
    for v in lst:
        if v is None:
            continue
        if v is not None and v == 3:
            break
    else:
        acc += 1
    for k in d:
        acc += 1 if k in d else 0
    for k, v in d.items():
        acc += v
    for ch in "ab":
        s += ch
    for v in gen(2):
        acc += v
    for v in deleg(2):
        acc += v
    acc += sum(x for x in range(3)) + len([y for y in range(3) if y]) + len({z for z in range(2)})
    acc += len({k: k for k in range(2)}) + dflt(1) + dflt(1, 2, 3, d=4, e=5) + dflt(*[1], **{})
    acc += two(3, 1) + two(b=1, a=3) + two(*(5, 4)) + outer(2)(3) + (lambda q: q + 1)(i)
    b = Box(i)
    acc += b.get() + b.x + len(b) + (1 if b < Box(2) else 0) + hash(b) % 3 + b.double + (b + b).x
    acc += len(Box.kind) + int(b == Box(i)) + int(b != Box(i + 1))
    b.x = 5
    b.y = 6
    acc += lst[0] + d["a"] + d.get(2, 0) + [1, 2][-1] + (1, 2)[0] + len("abc"[1:]) + lst[-5]
    a, c = (i, i)
    [a, *rest] = [1, 2, 3]
    lst[0] = 1
    d[i % 3] = a
    d["a"] += 1
    lst[1] += 1
    try:
        if i % 2:
            raise ValueError(i)
        acc += lst[9]
    except ValueError:
        acc += 1
    except IndexError:
        acc -= 1
    finally:
        acc += 1
    try:
        two(1)
    except TypeError as e:
        acc += len(e.args)
    with Ctx() as q:
        acc += q
    acc += -i + +i + ~i
    acc += i if i else 0
    x = i
    del x
    t = f"{acc}-{s!r}-{f:.2f}"
    c = amain(3)
    try:
        c.send(None)
    except StopIteration as stop:
        acc += stop.value
    return acc + len(t) + len(lst) + isinstance(b, Box)


result = sorted(range(8), key=cover)  # part B
for i in range(3):
    result.append(cover(i))
