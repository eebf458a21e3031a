class Typed:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = "_" + name
        print("set_name", owner.__name__, name)
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}, got {type(value).__name__}")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)

class Point:
    x = Typed(int)
    y = Typed(int)
    __slots__ = ("_x", "_y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(1, 2)
print(p, Point.x.kind, type(Point.__dict__["x"]).__name__)
try:
    p.x = "3"
except TypeError as e:
    print(e)
del p.y
print(p.y)
try:
    p.z = 1
except AttributeError as e:
    print(e)
print(Point.__slots__, hasattr(p, "__dict__"))

class Lazy:
    def __init__(self, fn):
        self.fn = fn
    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.fn(obj)
        obj.__dict__[self.fn.__name__] = value
        return value

class C:
    @Lazy
    def big(self):
        print("computing")
        return 42
c = C()
print(c.big, c.big, vars(c))

class P:
    def __init__(self): self._v = 0
    @property
    def v(self):
        "the v"
        return self._v
    @v.setter
    def v(self, val): self._v = val * 2
print(P.v.__doc__, P().v)
q = P(); q.v = 5; print(q.v)
try:
    del q.v
except AttributeError as e:
    print(e)
class R:
    @property
    def ro(self): return 1
try:
    R().ro = 2
except AttributeError as e:
    print(e)
print(type(P.__dict__['v']).fget.__name__)
class M(type):
    def __call__(cls, *a):
        print("meta call", cls.__name__, a)
        return super().__call__(*a)
    def __getattr__(cls, name):
        return f"meta-{name}"
class W(metaclass=M):
    def __init__(self, a): self.a = a
w = W(3)
print(w.a, W.missing)
print(W.__class__.__name__, type(W).__mro__)
class B:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class D(B, tag="dd"): pass
print(D.tag)
class E:
    def __getattribute__(self, name):
        if name == "secret": raise AttributeError("hidden")
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return "fallback " + name
e = E()
print(e.secret, e.other)
print(object.__dict__['__class__'].__get__(3))
class S:
    __slots__ = ('a',)
print(S.a, type(S.a).__name__)
s = S()
try:
    s.a
except AttributeError as e:
    print(e)
print(S.__dict__['a'].__get__(None, S) is S.a)
s.a = 5
print(S.__dict__['a'].__get__(s, S), Point.__dict__['x'].__get__(p, Point))
S.a.__set__(s, 6); print(s.a)
S.a.__delete__(s); print(hasattr(s, 'a'))
print(type(int.__dict__['real']).__name__, int.__dict__['real'].__get__(5))
print(type(object.__dict__['__class__']).__name__)
f = lambda self: self * 2
bound = f.__get__(21)
print(bound(), type(bound).__name__)
sm = staticmethod(len); cm = classmethod(lambda c: c.__name__)
print(sm.__get__(None, int)("abc"), cm.__get__(None, int)())
print(property(lambda s: 7).__get__(0))
