print(list(enumerate("ab", start=5)), list(zip("ab", [1, 2, 3])), list(zip()), dict(zip("ab", "cd")))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("a", [1, 2], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip("ab", "cd", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
calls = iter([1, 2, 0, 4]).__next__
print(list(iter(calls, 0)))
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", repr(e))
print(next(iter([]), "dflt"), list(reversed(range(5))), list(reversed("abc")), reversed([1]).__class__.__name__)
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
r = range(10, 0, -3)
print(r, list(r), len(r), r[1], r[-1], r[1:3], r.index(7), r.count(4), 7 in r, 8 in r, range(0) == range(5, 5), range(3) == range(0, 3, 1))
try:
    r.index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None), slice(3), [0, 1, 2, 3, 4][s], "abcdef"[slice(None, None, -2)])
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(filter(None, [0, 1, "", "a", None, []])), sum(range(5), 10))
print(min("bca"), max([1, 5, 3], key=lambda x: -x), min([], default=None), max(1, 2, 3), min((1, "b"), (1, "a")))
try:
    max([])
except ValueError as e:
    print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
print(any([]), all([]), any(x > 2 for x in range(4)), all(map(bool, "abc")), sorted(set("hello")), len({1: 2}))
print(divmod(17, 5), pow(2, 3), pow(2, 3, 3), abs(-3), round(7.5), round(8.5), round(-7.5), chr(9731), ord("☃"))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(isinstance(1, (str, int)), issubclass(bool, int), callable(len), callable(1), type(type), type(None).__name__)
print(getattr("x", "upper")(), hasattr([], "append"), getattr(1, "nope", "dflt"), vars(type("T", (), {"a": 1}))["a"])
try:
    getattr(1, "nope")
except AttributeError as e:
    print("AttributeError:", e)
print(list(map(str, range(3))), tuple("ab"), set(), frozenset([1, 1, 2]), frozenset(), {1, 2} | frozenset({3}), frozenset({1}) | {2})
print(hex(255), oct(-8), bin(0), format(255, "x"), format(3.5, ".1f"), format("a", ">3"), ascii("é"), repr("é"), str(None))
