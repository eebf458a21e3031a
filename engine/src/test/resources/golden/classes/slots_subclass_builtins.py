class P:
    __slots__ = ('x', 'y')
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, P.x, type(P.x).__name__)
try:
    p.y
except AttributeError as e: print(type(e).__name__, e)
try:
    p.z = 3
except AttributeError as e: print(type(e).__name__, e)
try:
    p.__dict__
except AttributeError as e: print(type(e).__name__, e)
try:
    del p.y
except AttributeError as e: print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e: print(type(e).__name__, e)
p.y = 7; print(p.y); del p.y; print(hasattr(p, 'y'))
class Q(P):
    pass
q = Q(2); q.z = 5; print(q.__dict__, q.x)
class R(P):
    __slots__ = ['__dict__']
r = R(3); r.w = 1; print(r.__dict__)
try:
    class S:
        __slots__ = ('a',)
        a = 1
except Exception as e: print(type(e).__name__, e)
try:
    class S2:
        __slots__ = ('1a',)
except Exception as e: print(type(e).__name__, e)
class T:
    __slots__ = '__secret'
    def set(self, v): self.__secret = v
    def get(self): return self.__secret
t = T(); t.set(4); print(t.get())
print(T.__dict__.get('_T__secret'), T.__slots__)
print(hasattr(p, '__dict__'), p.__slots__)
class U(int):
    __slots__ = ()
u = U(5)
try:
    u.a = 1
except Exception as e: print(type(e).__name__, e)
print(u + 1, type(u + 1), repr(u), u == 5, hash(u) == hash(5))
class Money(float):
    def __str__(self): return f"${self:.2f}"
m = Money(3.5)
print(m, str(m), repr(m), f"{m}", m * 2, type(m * 2), isinstance(m, float), Money.__mro__)
class Name(str):
    def shout(self): return self.upper() + "!"
n = Name("bob")
print(n, repr(n), n.shout(), type(n.upper()), n == "bob", {n: 1}["bob"], len(n), n + "x", type(n + "x"))
n.extra = 1; print(n.extra)
class Celsius(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
    def __repr__(self): return f"Celsius({int(self)})"
c = Celsius(21); print(c, repr(c), c + 1, [c], f"{c}", f"{c:5d}", str(c))
class E(int): pass
print(E(7), E("12"), E("ff", 16), repr(E(3)), E(3).real, type(E(3).real), E(3).__index__(), bin(E(5)))
