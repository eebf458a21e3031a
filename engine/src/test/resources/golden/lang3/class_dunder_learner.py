class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vector({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, other):
        if not isinstance(other, Vector):
            return NotImplemented
        return Vector(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __eq__(self, other):
        return isinstance(other, Vector) and (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __bool__(self):
        return bool(self.x or self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __neg__(self):
        return Vector(-self.x, -self.y)
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, scale):
        return self * scale
v, w = Vector(1, 2), Vector(3, 4)
print(v + w, v * 3, 3 * v, -v, abs(w), v == Vector(1, 2), v != w, len(v), v[1], list(v), 2 in v, bool(Vector(0, 0)), v(10))
print(repr(v), str(v), f"{v}", f"{v!r}", [v], {v: 1}, {v, Vector(1, 2)})
x, y = v
print(x, y, max(v), sorted(w, reverse=True))
for op in [lambda: v + 1, lambda: 1 + v, lambda: v - w, lambda: v < w, lambda: v @ w, lambda: v ** 2, lambda: v[5], lambda: divmod(v, 2)]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
class Weird:
    def __len__(self):
        return -1
try:
    len(Weird())
except ValueError as e:
    print("ValueError:", e)
class Weird2:
    def __len__(self):
        return "3"
try:
    len(Weird2())
except TypeError as e:
    print("TypeError:", e)
class Weird3:
    def __bool__(self):
        return 1
try:
    bool(Weird3())
except TypeError as e:
    print("TypeError:", e)
class NoStr:
    pass
print(str(NoStr()).startswith("<__main__.NoStr object at 0x"))
