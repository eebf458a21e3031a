class A:
    __slots__ = ("x",)
    def __init__(self):
        self.x = 1
a = A()
try:
    a.y = 2
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(A().__dict__)
except AttributeError as e:
    print("AttributeError:", e)
class P:
    @property
    def v(self):
        return 1
    w = property(lambda self: 2, doc="w")
p = P()
for op in (lambda: setattr(p, "v", 3), lambda: delattr(p, "v"), lambda: setattr(p, "w", 3)):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
class RO:
    def __setattr__(self, name, value):
        raise AttributeError(f"{name} is read-only")
try:
    RO().z = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).real = 5
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
    del [].append
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.x = 1
except TypeError as e:
    print("TypeError:", e)
def f(): pass
f.attr = 1
print(f.attr)
try:
    f.__name__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    del p.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.__class__ = int
except TypeError as e:
    print("TypeError:", e)
p.v = 10
