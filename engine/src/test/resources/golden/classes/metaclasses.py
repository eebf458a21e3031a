class NS(dict):
    def __setitem__(self, k, v):
        print("set", k)
        super().__setitem__(k, v)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return NS()
    def __new__(mcls, name, bases, ns, **kw):
        print("new", name, type(ns).__name__, kw)
        return super().__new__(mcls, name, bases, dict(ns))
    def __init__(cls, name, bases, ns, **kw):
        print("init", name)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter([1, 2])
    def __len__(cls):
        return 2
    def __getitem__(cls, k):
        return k * 2
    def __contains__(cls, x):
        return x == 1
    def __call__(cls, *a):
        print("call", a)
        return super().__call__(*a)
    def __repr__(cls):
        return f"<M {cls.__name__}>"
class A(metaclass=Meta, flag=1):
    x = 1
    def f(self): return 2
print(list(A), len(A), A[3], 1 in A, A, A().f())
class B(A):
    y = 2
print(type(B), B.x)
class D:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class E(D, tag="t"): pass
class Desc:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class F:
    d = Desc()
print(type.__prepare__("X", ()), isinstance(A, type))
