# Objects in reference cycles are not freed when the last name goes: their __del__ (and weak
# reference callbacks) wait for gc.collect(); acyclic objects die at once, owner before contents.
import gc
import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


a = Obj(1)
a.me = a
del a
print("self cycle dropped")

b = Obj(2)
b.child = Obj(3)
b.child.parent = b
b.extra = Obj(4)
b = None
print("parent/child cycle dropped")

c = [Obj(5)]
c.append(c)
del c
print("list cycle dropped")

d = Obj(6)
d.data = [Obj(7), Obj(8)]
del d
print("acyclic dropped")


def make():
    x = Obj(9)
    x.me = x
    y = Obj(10)
    return 'made'


print(make())
print("after make")

w = Obj(11)
w.me = w
ref = weakref.ref(w, lambda r: print("weakref callback, dead:", r() is None))
del w
print("weakly referenced cycle dropped, alive:", ref() is not None)

found = gc.collect()
print("collected something:", found > 0)
print("after collect")

e = Obj(12)
e.me = e
e = 5
print("end")
