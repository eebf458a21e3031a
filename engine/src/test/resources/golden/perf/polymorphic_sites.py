# One attribute/method/operator site seeing instances of many classes (more than an inline
# cache keeps), with the classes changed between rounds: every answer must follow the class as
# it is now. Also globals read by a function called from a module-level loop, rebound to an
# equal or a different value between calls.


class Base:
    kind = "base"

    def __init__(self, n):
        self.n = n

    def area(self):
        return self.n

    def __lt__(self, other):
        return self.area() < other.area()

    def __add__(self, other):
        return self.area() + other.area()


def make(name, factor):
    return type(name, (Base,), {"area": lambda self: self.n * factor, "kind": name.lower()})


classes = [Base] + [make("C%d" % i, i + 2) for i in range(7)]


def describe(obj):
    # One LOAD_ATTR (kind), one LOAD_METHOD (area), one STORE_ATTR (seen) for every class.
    obj.seen = obj.kind
    return "%s:%d:%s" % (obj.kind, obj.area(), obj.seen)


objs = [cls(i + 1) for i, cls in enumerate(classes)]
print([describe(o) for o in objs])
print([describe(o) for o in reversed(objs)])

# Change classes under the caches: replace a method, delete a class attribute so the base's
# shows through, shadow a method with an instance attribute, add a data descriptor.
classes[3].area = lambda self: -self.n
del classes[4].kind
objs[5].area = lambda: 1000
classes[6].kind = property(lambda self: "prop%d" % self.n)
print([describe(o) for o in objs[1:]] + [describe(objs[0])])

# Instances of one class with different attribute orders (different dictionary layouts).
a = classes[2](5)
b = classes[2].__new__(classes[2])
b.extra = 1
b.n = 7
print([describe(x) for x in (a, b, a, b)])

# Sorting and adding through the comparison and operator slots of many classes.
mixed = [classes[i % 8](i % 5 + 1) for i in range(40)]
mixed.sort()
print([type(x).__name__ + str(x.area()) for x in mixed[:12]])
print(sum(mixed[i] + mixed[i + 1] for i in range(0, 40, 2)))
Base.__lt__ = lambda self, other: self.n > other.n
mixed.sort()
print([x.n for x in mixed[:10]])
classes[1].__add__ = lambda self, other: "added"
print(mixed[0] + mixed[1], classes[1](1) + mixed[1], mixed[1] + classes[1](1))

# Globals read by a function while a module-level loop rebinds names.
limit = 10
def under(x):
    return x < limit and len(str(x)) < 3

total = 0
for i in range(30):
    total += under(i)
    if i == 12:
        limit = 20
    if i == 20:
        limit = 20 + 0  # an equal value
    if i == 25:
        len = lambda s: 99  # shadows the builtin from now on
print(total, limit)
del len
print(under(5))
