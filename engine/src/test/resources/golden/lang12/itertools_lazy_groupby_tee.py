import itertools as it

def noisy(items):
    for x in items:
        print("  produce", x)
        yield x

print("groupby is lazy:")
g = it.groupby(noisy("aabccc"))
print("created")
k, grp = next(g)
print("first key", k)
print("first item", next(grp))
k2, grp2 = next(g)
print("second key", k2, "old group now:", list(grp))
print("rest of second:", list(grp2))
print("remaining:", [(k, list(v)) for k, v in g])

print("groupby on an endless iterator:")
counter = it.count()
for k, grp in it.groupby(counter, key=lambda n: n // 3):
    print(k, list(grp))
    if k == 2:
        break
print("next from the count:", next(counter))

print("tee is lazy:")
a, b = it.tee(noisy([1, 2, 3]))
print("tee made")
print(next(a), next(a))
print(next(b))
print(list(a), list(b))
c, d = it.tee(it.count(10))
print(next(c), next(c), next(d))
e, = it.tee(c, 1)
print(e is c, next(e), next(d))
f = c.__copy__()
print(next(f), next(c))
print(it.tee([1], 0))
try:
    it.tee([1], -1)
except ValueError as err:
    print("ValueError:", err)

print("chain protocol:", next(it.chain([1], [2]).__iter__()), it.chain("ab").__next__())
ch = it.chain.from_iterable(noisy(["xy", "z"]))
print(next(ch), list(ch))
for args in [("a",), (1.5,), (0, "x"), ("x", 2), (0, 2, "s"), (-1, 2), (0, 2**70), (None, None, None)]:
    try:
        print(args, list(it.islice(range(5), *args)))
    except ValueError as err:
        print(args, "ValueError:", err)
for args in [(), (range(3),), (range(3), 1, 2, 3, 4)]:
    try:
        it.islice(*args)
    except TypeError as err:
        print("TypeError:", err)
