class Plugin:
    registry = {}
    def __init_subclass__(cls, /, key=None, **kwargs):
        print(f"init_subclass {cls.__name__} key={key!r} extra={kwargs}")
        super().__init_subclass__(**kwargs)
        if key:
            Plugin.registry[key] = cls

class A(Plugin, key="a"):
    pass
class B(A):
    pass
class C(B, key="c"):
    pass
print({k: v.__name__ for k, v in Plugin.registry.items()})
try:
    class D(Plugin, key="d", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box[1, 2], Box["x"])
try:
    Box()[0]
except TypeError as e:
    print("TypeError:", e)

class Plain:
    pass
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(tuple[int, ...], type[int] == type[int], list[int] == list[int])
print(isinstance([], list), list[int]([1, 2]))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)

class Meta(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"injected": 1}
    def __new__(mcs, name, bases, ns, **kw):
        print("new", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcs, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)

class Q(metaclass=Meta, flag=True):
    def m(self):
        pass
print(Q.injected)
print(type(Q).__name__, Q.__mro__)

class Order:
    def __init_subclass__(cls):
        print("order: init_subclass sees", [k for k in cls.__dict__ if not k.startswith("__")])
class Sub(Order):
    b = 1
    a = 2
    def c(self): pass
