import itertools as it
import operator

data = "AAABBCAA"
print([(k, len(list(g))) for k, g in it.groupby(data)])
groups = it.groupby(sorted(["apple", "avocado", "banana", "blueberry", "cherry"]), key=lambda w: w[0])
saved = [(k, g) for k, g in groups]
print([(k, list(g)) for k, g in saved])
a, b = it.tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
t1, t2, t3 = it.tee(range(3), 3)
print(list(t1), list(t2), list(t3), type(t1).__name__)
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(list(it.pairwise("abcd")), list(it.pairwise([1])))
print(hasattr(it, "batched"))
print(list(it.islice(range(10), 2, 8, 3)), list(it.islice("abc", None)))
for bad in ((-1,), (0, -1), (0, 1, 0)):
    try:
        it.islice(range(5), *bad)
    except ValueError as e:
        print("ValueError:", e)
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), range(4)))))
print(list(it.combinations_with_replacement("ab", 2)), list(it.permutations([1, 2, 3], 2))[:4])
print(list(it.combinations(range(4), 5)), list(it.permutations([])))
print(list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
print(list(it.starmap(pow, [(2, 3), (3, 2)])), list(it.compress("abcde", [1, 0, 1, 0, 1])))
print(list(it.islice(it.count(1.5, 0.5), 4)), list(it.islice(it.cycle("xy"), 5)))
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a", None])), list(it.chain.from_iterable(["ab", "cd"])))
print(list(it.repeat("z", 3)), repr(it.repeat(1, 2)), repr(it.count(3)), repr(it.count(1, 2)))
try:
    list(it.repeat(1, "x"))
except TypeError as e:
    print("TypeError:", e)
try:
    it.chain(1, 2).__next__()
except TypeError as e:
    print("TypeError:", e)
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(map(lambda *a: sum(a), [1, 2], [10, 20], [100, 200])))
print(list(enumerate("ab", start=-1)), list(reversed(range(3))))
c = it.count()
next(c); next(c)
print(c, next(c))
g = it.groupby([1, 1, 2])
k, grp = next(g)
next(g)
print(k, list(grp))
