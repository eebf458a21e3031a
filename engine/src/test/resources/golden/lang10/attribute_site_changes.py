# One attribute-reading site and one method-call site see instances and classes change between
# runs: an instance attribute shadowing a method, a property added to the class, __getattribute__
# added, instances of another class, an attribute deleted.


class P:
    def __init__(self, x):
        self.x = x

    def get(self):
        return "method", self.x


def read(objs):
    return [o.x for o in objs]


def call(objs):
    out = []
    for o in objs:
        try:
            out.append(o.get())
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


a, b = P(1), P(2)
print(read([a, b, a]), call([a, b]))
b.get = lambda: ("own", 2)
print(read([a, b, a]), call([a, b, a]))
del b.get
print(call([a, b]))
P.x = property(lambda self: "prop")
print(read([a, b]))
del P.x
print(read([a, b]))


class Q:
    def __init__(self):
        self.x = "q"

    def get(self):
        return "Q.get"


print(read([a, Q(), b, Q()]), call([Q(), a, Q()]))
P.__getattribute__ = lambda self, name: "intercepted " + name
print(read([a, b]), call([a]))
del P.__getattribute__
del a.x
try:
    print(read([b, a]))
except AttributeError as e:
    print("AttributeError:", e)
P.get = lambda self: "replaced"
print(call([a, b]))
