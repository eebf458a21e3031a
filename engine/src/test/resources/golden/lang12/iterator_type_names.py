import itertools, collections
objs = [iter("abc"), iter("é"), iter([1]), iter((1,)), iter({1}), iter({1: 2}), iter({1: 2}.values()), iter({1: 2}.items()),
        iter(range(3)), iter(range(2**70)), iter(b"ab"), iter(bytearray(b"a")), reversed([1]), reversed(range(3)), reversed("ab"),
        reversed({1: 2}), reversed({1: 2}.items()), enumerate([]), zip(), map(str, []), filter(None, []), iter(lambda: 1, 2),
        (x for x in []), itertools.count(), itertools.chain(), itertools.islice([], 1), collections.deque().__iter__(),
        reversed(collections.deque()), iter(frozenset()), {}.keys(), {}.values(), {}.items(),
        memoryview(b"ab"), slice(1, 2), range(0), type(None), NotImplemented, Ellipsis]
for o in objs:
    print(type(o).__name__, type(o).__module__ if type(o).__module__ != "builtins" else "")
print(repr(zip([1], [2]))[:5], repr(map(str, [1]))[:5], repr(enumerate("a"))[:11], repr(reversed([1]))[:22], repr(iter("a"))[:20])
print(slice(1, 2), slice(None), slice(1, None, -1).indices(5), range(10)[2:8:2], range(10)[::-1], range(5)[-1], len(range(0, 10, 3)))
it = iter([1, 2, 3])
print(next(it), list(it), list(it), it.__length_hint__())
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
e = enumerate("abc", 10)
next(e)
print(list(e))
m = map(lambda a, b: a * b, [1, 2, 3], [4, 5])
print(list(m))
print(list(reversed(range(1, 10, 3))), 5 in range(0, 10, 5), range(0, 10, 5).index(5), range(1, 2) == range(1, 2, 5), range(3).count(1))
