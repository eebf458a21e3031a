class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __len__(self):
        return -1
    def __bool__(self):
        return "yes"
    def __index__(self):
        return 1.5
    def __iter__(self):
        return 5
    def __hash__(self):
        return "h"
v = Vec(1, 2)
print(v + Vec(3, 4))
for op in (lambda: len(v), lambda: bool(v), lambda: [1, 2][v], lambda: list(v), lambda: hash(v), lambda: v + 1,
           lambda: 1 + v, lambda: v < v, lambda: -v, lambda: v(), lambda: v[0], lambda: abs(v), lambda: iter(v),
           lambda: next(v), lambda: v in v, lambda: range(v), lambda: "%d" % v, lambda: f"{v:>5}", lambda: round(v)):
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(v + Vec(1, None))
