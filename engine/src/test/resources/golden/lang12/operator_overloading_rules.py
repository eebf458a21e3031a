class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        print("V.__add__", type(o).__name__)
        if isinstance(o, V):
            return V(self.x + o.x)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__", type(o).__name__)
        return V(self.x + o)
    def __iadd__(self, o):
        print("V.__iadd__")
        self.x += getattr(o, "x", o)
        return self
    def __eq__(self, o):
        print("V.__eq__")
        return isinstance(o, V) and self.x == o.x
    def __repr__(self):
        return f"V({self.x})"
print(V(1) + V(2))
print(V(1) + 5 if False else 5 + V(1))
print(sum([V(1), V(2)], 0))
v = V(1)
v += 3
print(v)
try:
    V(1) + "s"
except TypeError as e:
    print("TypeError:", e)
print(V(1) == V(1), V(1) != V(2), V(1) == 1)
try:
    hash(V(1))
except TypeError as e:
    print("TypeError:", e)
class W(V):
    def __radd__(self, o):
        print("W.__radd__ (subclass first)")
        return "W wins"
print(V(1) + W(2))
class Cmp:
    def __init__(self, n): self.n = n
    def __lt__(self, o):
        print(f"lt {self.n} {o.n}")
        return NotImplemented
    def __gt__(self, o):
        print(f"gt {self.n} {o.n}")
        return NotImplemented
try:
    Cmp(1) < Cmp(2)
except TypeError as e:
    print("TypeError:", e)
class B:
    def __bool__(self):
        return 1
try:
    bool(B())
except TypeError as e:
    print("TypeError:", e)
class L:
    def __len__(self):
        return -1
try:
    len(L())
except ValueError as e:
    print("ValueError:", e)
class L2:
    def __len__(self):
        return 2**70
try:
    len(L2())
except OverflowError as e:
    print("OverflowError:", e)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], bin(Idx()), "abc"[Idx():], range(Idx()))
class NoLen:
    pass
print(bool(NoLen()))
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
print(bool(Both()), not Both())
class Mat:
    def __matmul__(self, o): return "matmul"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
    def __call__(self, *a, **k): return f"called {a} {k}"
    def __getitem__(self, k): return f"item {k!r}"
    def __contains__(self, k): return k == 1
m = Mat()
print(m @ m, -m, ~m, m(1, b=2), m[1:2, ...], 1 in m, 2 in m, 2 not in m)
try:
    m @ 1 @ 2
except TypeError as e:
    print("TypeError:", e)
try:
    +m
except TypeError as e:
    print("TypeError:", e)
try:
    m < m
except TypeError as e:
    print("TypeError:", e)
class It:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * i
print(list(It()), 4 in It(), iter(It()).__class__.__name__)
class Pow:
    def __pow__(self, o, mod=None): return f"pow {o} {mod}"
    def __rpow__(self, o): return f"rpow {o}"
print(Pow() ** 2, pow(Pow(), 2, 5), 2 ** Pow())
print(pow(3, -1, 7), pow(2, 10, 1000), pow(-2, 3), pow(2, 0.5))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(divmod(7, -2), 7 .__floordiv__(2), (3).__truediv__(0.0) if False else "skip", int.__add__(1, 2), float.__radd__(1.5, 2))
