# Instance dictionaries kept compact (shared key order per class) must behave exactly like dicts:
# order, shadowing of methods, deletion, __dict__ access and assignment, odd names, many shapes.


class P:
    kind = "class attr"

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def m(self):
        return "method"

    @property
    def prop(self):
        return "property"


a = P(1, 2)
b = P(3, 4)
print(a.x, a.y, b.x, b.y, a.kind, a.m(), a.prop)
print(vars(a), b.__dict__)

# Different insertion orders give different dict orders.
c = P(5, 6)
c.z = 7
d = P(8, 9)
d.w = 10
d.z = 11
print(list(vars(c)), list(vars(d)), c.z, d.z)

# An instance attribute shadows a method for LOAD_METHOD and LOAD_ATTR; a property wins over it.
e = P(0, 0)
e.m = lambda: "instance function"
print(e.m(), P(1, 1).m())
e.__dict__["prop"] = "in dict"
print(e.prop, e.__dict__["prop"])
e.kind = "instance attr"
print(e.kind, P.kind)

# Deleting and re-adding moves the key to the end, as in a dict.
f = P(1, 2)
del f.x
print(vars(f), hasattr(f, "x"))
f.x = 3
print(vars(f), f.x)
try:
    del f.nothing
except AttributeError as exc:
    print("AttributeError:", exc)

# Replacing a value keeps the order; the dict seen through __dict__ is live both ways.
g = P(1, 2)
g.x = 100
dd = g.__dict__
print(vars(g), dd is g.__dict__)
dd["y"] = 200
g.q = 300
print(g.y, dd["q"], list(dd))
g.__dict__ = {"only": 1}
print(vars(g), getattr(g, "x", "gone"))

# setattr/getattr with names that are not identifiers, and str subclasses as names.
class S(str):
    pass


h = P(1, 2)
setattr(h, "not an identifier", 1)
setattr(h, S("sub"), 2)
print(getattr(h, "not an identifier"), h.sub, sorted(vars(h)), type(list(vars(h))[-1]).__name__)

# Many attributes, and many different orders (past any internal bound).
class Bag:
    pass


big = Bag()
for i in range(150):
    setattr(big, "a%d" % i, i)
print(len(vars(big)), big.a0, big.a149, list(vars(big))[:3], list(vars(big))[-2:])
bags = []
for i in range(40):
    o = Bag()
    for j in range(6):
        setattr(o, "k%d" % ((i * 7 + j * 3) % 11), i * j)
    bags.append(o)
print([list(vars(o)) for o in bags[:3]], sum(sum(vars(o).values()) for o in bags))
print([getattr(o, "k%d" % (i % 11), None) for i, o in enumerate(bags)])

# __class__ assignment keeps the attributes.
class Q:
    def who(self):
        return "Q"


k = P(1, 2)
k.__class__ = Q
print(k.who(), vars(k), k.x)

# Attribute loads at one site over instances of several classes and shapes.
class R1:
    def __init__(self):
        self.v = 1


class R2:
    def __init__(self):
        self.pad = 0
        self.v = 2


class R3(R1):
    def __init__(self):
        self.extra = 9
        super().__init__()


objs = [R1(), R2(), R3(), R1(), R3(), R2()]
print([o.v for o in objs], [list(vars(o)) for o in objs])
for o in objs:
    o.v += 10
print([o.v for o in objs])

# __slots__ and a __dict__ side by side, and __getattr__ as a fallback.
class W:
    __slots__ = ("s", "__dict__")

    def __init__(self):
        self.s = 1
        self.t = 2


w = W()
print(w.s, w.t, vars(w))


class G:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return "fallback " + name


gg = G()
print(gg.real, gg.missing)
import copy
print(copy.copy(c).__dict__, copy.deepcopy(a).__dict__)
