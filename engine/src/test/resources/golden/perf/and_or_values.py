# Value-context `and`/`or` and chained comparisons' values: bools and None are decided in the
# interpreter loop itself, any other operand by its truth (which may run __bool__ or __len__);
# the value kept or popped, the jump target, and an error raised by __bool__ stay as CPython's.


class Loud:
    def __init__(self, name, truth):
        self.name = name
        self.truth = truth

    def __bool__(self):
        print("  bool of", self.name)
        return self.truth

    def __repr__(self):
        return "Loud(%s)" % self.name


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        print("  len of", self.n)
        return self.n

    def __repr__(self):
        return "Sized(%d)" % self.n


class Bad:
    def __bool__(self):
        raise ValueError("no truth")


def both(a, b):
    return (a and b), (a or b)


for a in (True, False, None, 0, 7, "", "s", [], [0], Loud("yes", True), Loud("no", False), Sized(0), Sized(2)):
    print(repr(a), both(a, "B"))


def fib(n):
    return n < 2 and n or fib(n - 1) + fib(n - 2)


print("fib", [fib(i) for i in range(12)])


def chained(n):
    kept = []
    for i in range(-2, n + 2):
        ok = 0 <= i < n
        mid = i < 2 < n or None
        kept.append((ok, mid, -1 < i <= n > 1))
    return kept


print(chained(3))
print([x for x in range(10) if 2 < x <= 5 or x == 9])
print(sum(1 for x in range(1000) if (x % 3 == 0 and x % 5 == 0) or x == 7))

try:
    print(Bad() and 1)
except ValueError as e:
    print("ValueError", e)
try:
    print(0 or Bad() or 2)
except ValueError as e:
    print("ValueError", e)

total = 0
for i in range(20000):
    v = i % 4 == 0 and i or i % 7 == 0 and -i or None
    total += v or 0
print("total", total)
x = None
y = x or [1, 2]
z = x and x.missing
print(y, z)
