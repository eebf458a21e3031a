class MyInt(int):
    def double(self):
        return self * 2
    def __repr__(self):
        return f"MyInt({int(self)})"
a = MyInt(5)
print(a, repr(a), a + 1, type(a + 1), a.double(), isinstance(a, int), a == 5, hash(a) == hash(5))
print(MyInt("12"), MyInt("ff", 16), int(a), type(int(a)), {a: 1}[5])
class Pos(int):
    def __new__(cls, v):
        if v < 0:
            raise ValueError("negative")
        return super().__new__(cls, v)
print(Pos(3), type(Pos(3)).__name__)
try:
    Pos(-1)
except ValueError as e:
    print("err", e)
class Celsius(float):
    def __str__(self):
        return f"{float(self):.1f}°C"
c = Celsius(21.456)
print(c, repr(c), c * 2, f"{c}", f"{c:.2f}", str(c), format(c, ""))
class Up(str):
    def shout(self):
        return self.upper() + "!"
u = Up("hi")
print(u, repr(u), u.shout(), u + "x", type(u + "x"), u == "hi", len(u), u[0], type(u[0]))
class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), type(s), s + [4], type(s + [4]), s[1:], type(s[1:]))
class D(dict):
    def __missing__(self, key):
        return key * 2
d = D(a=1)
print(d, d["a"], d["zz"], d.get("zz"), type(d), len(d))
class Counter2(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
c2 = Counter2()
c2["x"] = 1
c2.update(y=2)
print(c2)
class T(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def a(self):
        return self[0]
t = T(1, 2)
print(t, t.a, type(t), len(t))
class E(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
try:
    raise E(3, "boom")
except E as e:
    print(e, e.code, e.args, repr(e))
class B(bytes): pass
print(B(b"ab"), repr(B(b"x")))
class S(set):
    pass
print(S([1,2]), S() , repr(S([3])))
class F(frozenset): pass
print(F([1]))
a.x = 1
print(a.x, vars(a))
class L2(list):
    def __init__(self, *args):
        super().__init__(args)
print(L2(1, 2, 3))
print(MyInt.__mro__, Up.__mro__)
print(sorted([MyInt(3), MyInt(1)]), max(Up("a"), Up("b")))
class B2(int):
    pass
print(B2(True), B2(3) + B2(4), -B2(3), abs(B2(-3)), B2(7) // 2, divmod(B2(7), 2))
print(isinstance(True, int), bool.__mro__)
class OD(dict):
    def __repr__(self):
        return "OD" + super().__repr__()
print(OD(a=1), [OD(b=2)])
