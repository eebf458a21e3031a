class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.__dict__["x"]).__name__)
try:
    p.y
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    class Bad:
        __slots__ = ("a",)
        a = 5
except ValueError as e:
    print("ValueError:", e)
class Q(P):
    pass
q = Q(2)
q.z = 9
print(q.z, q.__dict__)
class R(P):
    __slots__ = ("w",)
r = R(3)
r.w = 4
print(r.x, r.w, hasattr(r, "__dict__"))
try:
    class S(int):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError:", e)
class D:
    __slots__ = ("__dict__", "v")
d = D()
d.v = 1
d.extra = 2
print(d.v, d.__dict__)
del p.x
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
class Obj:
    def __init__(self):
        self.value = 1
o = Obj()
for name in ("valeu", "vale", "missing"):
    try:
        getattr(o, name)
    except AttributeError as e:
        print("AttributeError:", e)
try:
    o.method()
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).real = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".upper = None
except AttributeError as e:
    print("AttributeError:", e)
try:
    object().x = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    len.__name__ = "x"
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
try:
    del o.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    import math
    math.tau2
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.fake
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.append(1)
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(o, "nope", "default"), hasattr(o, "value"), vars(o))
class G:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name.upper()
        raise AttributeError(f"no {name}")
g = G()
print(g.xyz, getattr(g, "abc", "dflt"))
try:
    g.abc
except AttributeError as e:
    print("AttributeError:", e)
class GA:
    def __getattribute__(self, name):
        if name == "secret":
            raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
print(GA().secret, GA().other)
