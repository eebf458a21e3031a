import types
def cb(ns):
    ns["x"] = 1
    ns["__annotations__"] = {"a": int}
C = types.new_class("C", (), {}, cb)
print(C.x, C.__dict__.get("__annotations__"), C.__annotations__, C.__module__, C.__qualname__)
D = types.new_class("D", (C,))
print(D.__mro__)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {"from_prepare": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, sorted(ns), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
E = types.new_class("E", (), {"metaclass": Meta, "flag": 1}, lambda ns: ns.update(y=2))
print(type(E).__name__, E.from_prepare, E.y)
class Doc:
    "original"
Doc.__doc__ = "changed"
print(Doc.__doc__)
try:
    int.__doc__ = "x"
except TypeError as e:
    print(e)
print(types.MappingProxyType({"a": 1}), str(types.MappingProxyType({})), repr(types.MappingProxyType({})))
