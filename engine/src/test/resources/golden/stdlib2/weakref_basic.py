import weakref


class Node:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Node({self.name!r})"

    def hello(self):
        return "hello from " + self.name


a = Node("a")
r = weakref.ref(a)
print(r() is a, r(), weakref.ref(a) is r, type(r).__name__, isinstance(r, weakref.ref))
print(weakref.getweakrefcount(a), r.__callback__)
r2 = weakref.ref(a, lambda ref: print("callback 2, dead:", ref() is None))
r3 = weakref.ref(a, lambda ref: print("callback 3"))
print(weakref.getweakrefcount(a), len(weakref.getweakrefs(a)), r2 is not r3)
print(r == r2, hash(r) == hash(a), r2.__callback__ is not None)
del a
print("after del:", r(), r2(), r == r2, r == r)

for bad in (1, "s", [1], (1,), {}, None, 2.5):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)


def f():
    pass


rf = weakref.ref(f)
st = {1, 2}
rs = weakref.ref(st)
print(rf() is f, weakref.ref(Node)() is Node, rs() is st)
del st
print(rs())

# A cache that forgets objects nobody uses any more.
cache = weakref.WeakValueDictionary()
x, y = Node("x"), Node("y")
cache["x"] = x
cache["y"] = y
print(sorted(cache.keys()), len(cache), "x" in cache, cache["x"], cache.get("z", "none"))
del x
print(sorted(cache.keys()), len(cache), "x" in cache, cache.get("x"))
try:
    cache["x"]
except KeyError as e:
    print("KeyError:", e)
y = None
print(list(cache.items()), len(cache))

owners = weakref.WeakKeyDictionary()
k1, k2 = Node("k1"), Node("k2")
owners[k1] = 1
owners[k2] = 2
print(len(owners), owners[k1], k2 in owners, sorted(owners.values()))
del k1
print(len(owners), [n.name for n in owners.keys()], list(owners.values()))

s = weakref.WeakSet()
m1, m2, m3 = Node("m1"), Node("m2"), Node("m3")
s.add(m1)
s.add(m2)
s.add(m3)
s.add(m1)
print(len(s), m1 in s, 5 in s, sorted(n.name for n in s))
del m2
print(len(s), sorted(n.name for n in s))
s.discard(m3)
print(len(s), list(s))


def goodbye(name):
    print("finalizer:", name)
    return "fin-" + name


p = Node("p")
fz = weakref.finalize(p, goodbye, "p")
print(fz.alive, fz.atexit, fz.peek()[1:] == (goodbye, ("p",), {}))
del p
print(fz.alive)
q = Node("q")
fq = weakref.finalize(q, goodbye, "q")
print(fq(), fq.alive, fq())
z = Node("z")
fzz = weakref.finalize(z, goodbye, "z at exit")
d = Node("d")
fd = weakref.finalize(d, goodbye, "detached")
print(fd.detach()[0] is d, fd.alive)

obj = Node("obj")
wm = weakref.WeakMethod(obj.hello)
print(wm()(), wm() == obj.hello)
del obj
print(wm())
try:
    weakref.WeakMethod(f)
except TypeError as e:
    print("TypeError:", e)


def make_and_drop():
    local = Node("local")
    return weakref.ref(local, lambda r: print("local died"))


lr = make_and_drop()
print("returned", lr())
print("end of program")
