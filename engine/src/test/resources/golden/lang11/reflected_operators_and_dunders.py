class Num:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"Num({self.v})"
    def __add__(self, o):
        print("add", self, o)
        return NotImplemented
    def __radd__(self, o):
        print("radd", self, o)
        return Num(self.v + (o.v if isinstance(o, Num) else o))
    def __iadd__(self, o):
        print("iadd")
        self.v += o
        return self
    def __lt__(self, o):
        print("lt", self, o)
        return self.v < o.v
    def __eq__(self, o):
        print("eq", self, o)
        return NotImplemented
    def __index__(self):
        return self.v
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return Num(abs(self.v))
    def __round__(self, n=None): return Num(round(self.v, n))
    def __format__(self, spec): return f"<{self.v:{spec}}>"
    def __bool__(self): return self.v != 0
    def __contains__(self, x): return x == self.v
    def __call__(self, *a): return ("called", a)
class Sub(Num):
    def __radd__(self, o):
        print("Sub.radd")
        return Num(0)
print(Num(1) + Num(2))
print(1 + Num(2))
print(Num(1) + Sub(2))
n = Num(5); n += 1; print(n)
print(Num(1) > Num(2))
print(Num(1) == Num(1), Num(1) != Num(2))
print([10, 20, 30][Num(1)], bin(Num(5)), hex(Num(255)), range(Num(3)))
print(-Num(3), abs(Num(-3)), round(Num(2.567), 1), f"{Num(3):>4}", format(Num(7), "03"))
print(bool(Num(0)), 5 in Num(5), Num(1)(2, 3))
try:
    Num(1) - Num(2)
except TypeError as e:
    print("TypeError:", e)
try:
    Num(1) < 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    [] + Num(1)
except TypeError as e:
    print("TypeError:", e)
class Cmp:
    def __init__(self, k): self.k = k
    def __lt__(self, o): return self.k < o.k
    def __repr__(self): return f"C{self.k}"
print(sorted([Cmp(3), Cmp(1), Cmp(2)]), max([Cmp(1), Cmp(5)]), min(Cmp(4), Cmp(2)))
try:
    Cmp(1) <= Cmp(2)
except TypeError as e:
    print("TypeError:", e)
print(Cmp(1) > Cmp(0))
class Mat:
    def __matmul__(self, o): return "matmul"
    def __getitem__(self, k): return k
print(Mat() @ Mat(), Mat()[1:2, ...], Mat()[::2])
