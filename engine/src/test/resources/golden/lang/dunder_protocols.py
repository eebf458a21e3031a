class Vec:
    def __init__(self, *c):
        self.c = c
    def __repr__(self):
        return f"Vec{self.c}"
    def __add__(self, o):
        if not isinstance(o, Vec):
            return NotImplemented
        return Vec(*(a + b for a, b in zip(self.c, o.c)))
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return Vec(*(a * k for a in self.c))
    __rmul__ = __mul__
    def __iadd__(self, o):
        print("  iadd called")
        return self + o
    def __neg__(self):
        return self * -1
    def __abs__(self):
        return sum(a * a for a in self.c) ** 0.5
    def __bool__(self):
        return any(self.c)
    def __len__(self):
        return len(self.c)
    def __getitem__(self, i):
        return self.c[i]
    def __eq__(self, o):
        return isinstance(o, Vec) and self.c == o.c
    def __hash__(self):
        return hash(self.c)
    def __contains__(self, x):
        print("  contains", x)
        return x in self.c
    def __call__(self, i):
        return self.c[i] * 10
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", et.__name__ if et else None)
        return et is KeyError

v = Vec(1, 2)
w = Vec(3, 4)
print(v + w, 2 * v, v * 3, -v, abs(w), bool(Vec(0, 0)), len(v), v[1], v[-1], list(v), sum([v, w]))
v += w
print(v, 2 in v, 9 in v, v(0), {v: "hashable"}[Vec(4, 6)], v == Vec(4, 6), v != w)
try:
    v + 1
except TypeError as e:
    print("TypeError:", e)
try:
    1 - v
except TypeError as e:
    print("TypeError:", e)
with Vec() as ctx:
    raise KeyError("suppressed by __exit__")
print("after with")
try:
    with Vec():
        raise ValueError("not suppressed")
except ValueError as e:
    print("ValueError:", e)
class OnlyGetitem:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i * i
print(list(OnlyGetitem()), 4 in OnlyGetitem(), 5 in OnlyGetitem())
class NoLen:
    pass
print(bool(NoLen()))
try:
    len(NoLen())
except TypeError as e:
    print("TypeError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()
class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()
class C(A):
    def __init__(self):
        print("C.__init__")
        super().__init__()
class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()
D()
print([k.__name__ for k in D.__mro__])
try:
    super(B, A()).__init__()
except TypeError as e:
    print("TypeError:", e)
try:
    class X(A, A):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Y(A, D):
        pass
except TypeError as e:
    print("TypeError:", e)
