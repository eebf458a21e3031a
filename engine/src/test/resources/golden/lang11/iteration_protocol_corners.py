class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print("iter called")
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

c = Countdown(3)
print(list(c), list(c))
print(3 in Countdown(5))
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(list(GetItemOnly()), 20 in GetItemOnly(), iter(GetItemOnly()).__class__.__name__)
for x in GetItemOnly():
    print("gi", x)
class Weird:
    __iter__ = None
try:
    iter(Weird())
except TypeError as e:
    print("TypeError:", e)
class NotIter:
    def __iter__(self):
        return 5
try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    for _ in NotIter():
        pass
except TypeError as e:
    print("TypeError:", e)
sentinel_iter = iter([1, 2, 0, 3].pop, 3)
print(list(sentinel_iter))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "done"))
r = reversed([1, 2, 3]); print(type(r).__name__, r.__length_hint__(), list(r))
class Rev:
    def __len__(self): return 2
    def __getitem__(self, i): return "ab"[i]
print(list(reversed(Rev())))
class RevDunder:
    def __reversed__(self): return iter("zy")
print(list(reversed(RevDunder())))
z = zip([1, 2], "ab", strict=True); print(list(z))
try:
    list(zip([1, 2], "a", strict=True))
except ValueError as e:
    print("ValueError:", e)
e = enumerate("xy", 5); print(next(e), e.__class__.__name__)
m = map(str.upper, "ab"); print(list(m), list(m))
import itertools
cyc = itertools.cycle("ab"); print([next(cyc) for _ in range(5)])
ch = itertools.chain.from_iterable([[1], [2, 3]]); print(list(ch))
t1, t2 = itertools.tee(iter([1, 2])); print(list(t1), list(t2))
print(list(itertools.islice(itertools.count(5, 2), 3)), list(itertools.repeat("x", 2)), list(itertools.starmap(pow, [(2, 3)])))
print(list(itertools.compress("abc", [1, 0, 1])), list(itertools.dropwhile(lambda v: v < 2, [1, 2, 1])), list(itertools.filterfalse(None, [0, 1])))
print(list(itertools.product("ab", repeat=2))[:3], list(itertools.permutations(range(3), 2))[:3], len(list(itertools.combinations(range(5), 3))))
print(list(itertools.batched("abcde", 2)) if hasattr(itertools, "batched") else "no batched")
