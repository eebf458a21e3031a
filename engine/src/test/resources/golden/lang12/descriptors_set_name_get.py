class Field:
    def __init__(self, default=None):
        self.default = default
    def __set_name__(self, owner, name):
        print(f"__set_name__({owner.__name__}, {name!r})")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            print(f"class access on {objtype.__name__}")
            return self
        return getattr(obj, self.private, self.default)
    def __set__(self, obj, value):
        print(f"set {self.name} = {value!r}")
        setattr(obj, self.private, value)
    def __delete__(self, obj):
        print(f"delete {self.name}")
        delattr(obj, self.private)

class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"

class Point:
    x = Field(0)
    y = Field(0)
    label = NonData()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, Point.x.name, type(Point.__dict__["x"]).__name__)
p.label = "instance wins"
print(p.label, Point.label)
del p.label
print(p.label)
del p.x
print(p.x)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(k for k in vars(p)))

class Late:
    pass
f = Field()
Late.z = f
print(hasattr(f, "name"))
f.__set_name__(Late, "z")
l = Late()
l.z = 5
print(l.z)

class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Owner:
        attr = Bad()
except Exception as e:
    print(type(e).__name__, e, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
    print("notes:", getattr(e, "__notes__", None))

class Meta(type):
    @property
    def kind(cls):
        return "meta-" + cls.__name__
class K(metaclass=Meta):
    pass
print(K.kind)
try:
    K().kind
except AttributeError as e:
    print(e)

class CM:
    @classmethod
    def make(cls):
        return cls.__name__
    @staticmethod
    def s(a):
        return a * 2
print(CM.make(), CM().make(), CM.s(3), CM.__dict__["make"].__func__.__name__, type(CM.__dict__["s"]).__name__)
print(CM.__dict__["make"].__get__(None, int)())
bound = CM.__dict__["s"].__get__(None, CM)
print(bound(5))
