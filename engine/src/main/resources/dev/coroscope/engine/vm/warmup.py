# Run once per JVM before the first program, so the JIT compiles the interpreter loop with a
# profile that has seen every common path (fewer deoptimizations and recompilations later).
class Point:
    def __init__(self, x, y=0, *, z=1):
        self.x = x
        self.y = y
    def norm(self):
        return self.x * self.x + self.y * self.y
    def __lt__(self, other):
        return self.x < other.x
    @property
    def total(self):
        return self.x + self.y

def gen(n):
    for i in range(n):
        yield i
    return n

def deleg(n):
    r = yield from gen(n)
    return r

def variadic(*args, **kwargs):
    return len(args) + len(kwargs)

def closure(k):
    def inner(v):
        return v + k
    return inner

def work(n):
    acc = 0
    f = 0.5
    s = ""
    d = {}
    lst = []
    add = closure(3)
    for i in range(n):
        acc = acc + i - 1
        acc -= 1
        acc = acc * 2 // 3 % 1000003
        f = f * 1.5 / 1.25 + 0.1 - 0.05
        if i < 5 or i > 10 and i != 7:
            acc += add(i)
        elif i == 8:
            acc ^= 3
        else:
            acc |= 1
        p = Point(i, y=i + 1)
        acc += p.norm() + p.total
        lst.append(p)
        d[i % 7] = d.get(i % 7, 0) + 1
        s += str(i)
        t = (i, i + 1)
        a, b = t
        acc += a + b + variadic(1, 2, x=3) + variadic(*t, **{"q": 1})
        acc += sum(x for x in gen(3)) + len([y for y in range(3) if y]) + len({k: k for k in range(2)})
        for v in deleg(2):
            acc += v
        try:
            if i % 3 == 0:
                raise ValueError(i)
            acc += lst[-1].x
        except ValueError as e:
            acc += len(e.args)
        finally:
            acc += 1
        w = 0
        while w < 2:
            w += 1
            if w == 5:
                break
        if not (acc is None) and "1" in s and i in d:
            acc -= 1
    lst.sort()
    return acc, f, len(s), sorted(d.items())

async def coro(n):
    return n + 1

async def main(n):
    total = 0
    for i in range(n):
        total += await coro(i)
    return total

for _ in range(40):
    work(60)
c = main(200)
try:
    c.send(None)
except StopIteration:
    pass
