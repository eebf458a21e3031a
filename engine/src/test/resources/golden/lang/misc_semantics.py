# misc semantics
print(type(1) is int, isinstance(True, int), issubclass(bool, int), int.__mro__)
print(1 if [] else 2, [] or "empty", 0 and 1, None is None)
print(list(zip(*[(1, 'a'), (2, 'b')])))
print({**{'a': 1}, 'b': 2}, [*range(3), *"ab"], (*[1, 2],))
print("".join(reversed("abc")), sorted({3: 'c', 1: 'a'}.items()))
x = [1, 2, 3]
x[1:2] = []
print(x, x * 0, [0] * 3)
def f(*, a): return a
print(f(a=1))
print(divmod(-7, 2), -7 // 2, 2 ** 0.5, abs(-0.0), round(0.5), round(1.5))
print(str(b"abc"), b"a" + b"b", bytes([65, 66]), len(b"xyz"))
print(chr(0x1F600) == "\U0001F600", len("\U0001F600"), "\U0001F600"[0] == "\U0001F600")
print([i for i in range(5)][::-1], list(range(10))[2:8:3])
print(hash(1) == hash(1.0), {1: 'a', 1.0: 'b', True: 'c'})
class A:
    x = 1
    def __init__(self): self.y = 2
a = A()
print(a.x, a.y, A.x, getattr(a, 'z', 3), vars(a))
try:
    A.y
except AttributeError as e:
    print(e)
print(sorted([3, 1, 2], key=lambda v: -v), max([1, 5, 3], key=lambda v: v % 3))
print(" ".join(f"{i:>3}" for i in range(3)), "%-4s|" % "ab", "%05.1f" % 3.14159)
print(int("  -17  "), float(" 2.5 "), str(12345678901234567890))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.sqrt(16), math.pi, math.gcd(12, 18), math.inf > 10**300)
print(all(x > 0 for x in [1, 2]), any(x > 5 for x in [1, 2]))
g = (i for i in range(3))
print(next(g), next(g), next(g), next(g, "done"))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4])))
d = dict.fromkeys("abc", 0); d["a"] += 1; print(d)
s = set("hello"); print(sorted(s), len(s))
print(min("apple", "banana", key=len), "Hello".center(11, "-"), "a-b-c".rsplit("-", 1))
print(isinstance([], (list, tuple)), callable(len), callable(5))
nums = [5, 3, 8]
nums.sort(); print(nums, nums.index(8))
print(repr(1.0), repr(1e100), repr(-1.5e-7), 3.0 * 2, 7 / 7, 2 ** 63, -2 ** 63)
print(f"{'x'!r:>5}", f"{3.14159:.3}", f"{1e6:,.2f}", f"{0.000123:.2e}", f"{42:+d}", f"{-5:05d}")
print("a" "b", 'it''s', """tri
ple""")
while True:
    break
else:
    print("never")
for i in []:
    pass
else:
    print("for-else runs")
print(list(enumerate("ab")), dict(enumerate("ab")))
class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __iter__(self):
        n = self
        while n:
            yield n.v
            n = n.nxt
print(list(Node(1, Node(2, Node(3)))))
print(sum([[1], [2]], []), sorted("bca"), "".join(sorted("bca")))
print(type(None).__name__, type(...).__name__, NotImplemented)
