# assorted language corners seen in async lessons
import itertools, functools, operator
print(list(zip("ab", [1, 2, 3])), list(itertools.zip_longest("ab", [1], fillvalue="-")))
try:
    list(zip("ab", [1], strict=True))
except ValueError as e:
    print("ValueError:", e)
try:
    list(zip([1, 2], "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(itertools.accumulate([1, 2, 3], operator.mul, initial=10)), list(itertools.pairwise("abcd")))
print(list(itertools.batched(range(5), 2)) if hasattr(itertools, "batched") else "no batched")
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print(sorted(["b", "A", "c"], key=str.lower), sorted([3, 1, 2], reverse=True), max([], default="empty"))
print(min("hello", key=lambda c: -ord(c)), sum(range(10), start=100), divmod(-9, 4), abs(-3.5))
print(list(map(lambda x, y: x + y, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
print(any(x > 2 for x in [1, 2, 3]), all([]), list(reversed(range(3))), list(enumerate("ab", start=5)))
print(isinstance(True, int), issubclass(bool, int), type(1 + 1.0), 10 / 4, 10 // 4, -10 // 4, 2 ** 100)
print(round(2.5), round(3.5), round(-2.5), int("-0"), float("1e3"), str(1e16), str(1.0e-4), 1e-5)
s = "Hello, World"
print(s.partition(", "), s.rpartition("o"), s.casefold(), s.swapcase(), s.center(16, "*"), s.zfill(15))
print(s.split(), s.split(",", 1), "a,b,,c".split(","), "  x  ".strip(), "abc".removeprefix("a"), "tic".removesuffix("c"))
print("{:>{w}}|{:^5}|{!r}".format("r", "c", "q", w=4), "%-5s|" % "ab", "ab".ljust(4, "."), "x".join("abc"))
print(repr("tab\there"), repr('quote"s'), repr("both'\""), ascii("ü"), "ß".upper(), "ǅ".lower(), "ﬁ".upper())
print([c for c in "a1 B2" if c.isalnum()], "12".isdigit(), "½".isnumeric(), "Ab".istitle(), " ".isspace())
print(f"{'nested ' + f'{1 + 1}'}", "%.3s" % "abcdef", "%+d %+d" % (5, -5), "%o %X %e" % (8, 255, 12345.678))
x = [1, 2, 3, 4, 5]
print(x[::-2], x[-2:], x[1:-1:2], x[10:], x[:-10], x[::3])
x[1:3] = ["a"]; print(x); del x[::2]; print(x)
t = (1,); print(t * 3, (1, 2) < (1, 2, 0), [1, 2] == [1, 2.0], "abc" < "abd", [3] * 0)
a = b = []; a += [1]; print(b, a is b); c = (1, 2); d = c; c += (3,); print(d, c)
print({1, 2} ^ {2, 3}, {1, 2} - {2}, {1} <= {1, 2}, {1: 2}.keys() & {1, 3}, dict(a=1) | dict(b=2))
def gen():
    yield from range(3)
g = gen(); print(next(g), list(g), list(g))
print(bool([]), bool([0]), None is None, not None, 0 or "", 1 and [], "" or None or 0)
print(chr(0x1F600), ord("€"), hex(ord("€")), "€".encode(), b"\xe2\x82\xac".decode(), bytes([65, 66]), bytearray(b"hi"))
