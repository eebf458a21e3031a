print(list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(filter(None, [0, 1, "", "a", None])))
print(list(zip("abc", range(2))), list(zip()), list(enumerate([], 5)), list(reversed(range(3))))
try:
    list(zip("ab", "abc", strict=True))
except ValueError as e:
    print("ValueError:", e)
print(any([]), all([]), sum([]), min("b", "a"), max([1, 3], [2]), divmod(-7, -2), round(-1.5))
print(isinstance(True, int), issubclass(bool, int), callable(len), callable(5), type(len).__name__)
print(hex(255), oct(-8), bin(0), chr(97), ord("a"), format(3.14159, ".2f"), format("x", "^5"), repr(format(0.5, "%")))
print(sorted({3: 1, 1: 2}.items(), key=lambda kv: kv[1], reverse=True), list(range(10, 0, -3)), range(5)[1:3], range(0))
print(abs(-3), pow(3, 2), pow(2, 3, 5), len(range(0, 10, 3)), slice(1, 5, 2), slice(3).indices(10))
print(id(None) == id(None), hash("a") == hash("a"), type(hash(1.5)).__name__, vars().get("__name__"))
print(getattr(1, "real"), getattr(1, "nope", "default"), hasattr([], "append"), dir(object)[:3])
print(repr(None), repr(...), repr(NotImplemented), type(...).__name__, bool(NotImplemented) if False else "")
print(int.__mro__, object.__bases__, type.__bases__)
nums = [5, 3, 8]
nums.sort(key=lambda v: -v)
print(nums, nums.index(3), nums.count(8), nums.copy() is nums, nums[::-1], nums.pop(0), nums.insert(0, 9), nums)
try:
    nums.remove(42)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
s = {1, 2}
s.add(3); s.discard(9)
try:
    s.remove(9)
except KeyError as e:
    print("KeyError:", e)
print(s, s | {4}, s & {1, 5}, s - {1}, s ^ {1, 7}, s <= {1, 2, 3, 4}, frozenset([1]) == {1}, set() == frozenset())
t = (1, [2])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)
t[1].append(3)
print(t, (1,) * 3, (1, 2) + (3,), tuple("ab"), len(()), () == tuple())
b = bytes([104, 105])
print(b, b.decode(), list(b), b[0], b[:1], b"abc".upper(), bytes(3), b.hex(), bytes.fromhex("6869"))
