class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), sum(Countdown(4)), max(Countdown(2)), sorted(Countdown(3)))
it = iter([1, 2]); print(next(it), next(it), next(it, "done"))
print(list(enumerate("ab", start=1)), list(zip("ab", [1, 2, 3])), list(map(str.upper, "ab")), list(filter(None, [0, 1, "", "a"])))
print(list(reversed(range(5))), range(0, 10, 3), list(range(10)[2:8:2]), range(5)[-1], len(range(0, 100, 7)), 7 in range(0, 100, 7))
try: list(zip("ab", "abc", strict=True))
except ValueError as e: print(e)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 10)), list(itertools.chain.from_iterable([[1], [2, 3]])), list(itertools.repeat("x", 3)))
g = (x * x for x in range(4)); print(next(g), list(g), list(g))
print(all([]), any([]), min([3, 1, 2], key=lambda v: -v), max({"a": 3, "b": 5}, key=lambda k: {"a": 3, "b": 5}[k]))
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted("bca", reverse=True), sorted([3, 1, 2], key=None))
print(dict.fromkeys("ab", 0), {**{"a": 1}, "a": 2}, {1: "a"} | {2: "b"}, list({"x": 1}.items()), dict(a=1).get("b", "dflt"))
d = {"k": 1}
for k in d:
    pass
try:
    for k in d: d["new"] = 1
except RuntimeError as e: print(e)
try:
    s = {1, 2}
    for v in s: s.add(v + 10)
except RuntimeError as e: print(e)
lst = [1, 2, 3, 4]
for v in lst:
    if v % 2 == 0: lst.remove(v)
print(lst)
print(list(iter(lambda: 1, 1)), next(iter(range(3))))
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 20 in Seq())
