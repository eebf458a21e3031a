import functools

def make(root):
    ns = {"__init__": lambda self, v: setattr(self, "v", v),
          "__eq__": lambda self, o: isinstance(o, type(self)) and self.v == o.v,
          "__repr__": lambda self: f"{root[2:4]}({self.v})"}
    ops = {"__lt__": lambda s, o: s.v < o.v if isinstance(o, type(s)) else NotImplemented,
           "__le__": lambda s, o: s.v <= o.v if isinstance(o, type(s)) else NotImplemented,
           "__gt__": lambda s, o: s.v > o.v if isinstance(o, type(s)) else NotImplemented,
           "__ge__": lambda s, o: s.v >= o.v if isinstance(o, type(s)) else NotImplemented}
    ns[root] = ops[root]
    return functools.total_ordering(type("C" + root[2:4], (), ns))

for root in ("__lt__", "__le__", "__gt__", "__ge__"):
    C = make(root)
    a, b, c = C(1), C(2), C(1)
    print(root, [a < b, a <= b, a > b, a >= b, a <= c, a >= c, a < c, a > c], sorted([b, a, C(0)]))
    try:
        a < 5
    except TypeError as e:
        print("  TypeError:", e)
    print("  ", sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__") if n in C.__dict__))

try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)

@functools.total_ordering
class Two:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __gt__(self, o): return self.v > o.v
print(Two(1) <= Two(1), Two(2) >= Two(3), type(Two.__dict__["__le__"]).__name__ if False else "")
