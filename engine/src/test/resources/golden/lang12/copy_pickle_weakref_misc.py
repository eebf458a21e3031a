import copy, weakref, gc
class Thing:
    def __init__(self, items):
        self.items = items
    def __repr__(self):
        return f"Thing({self.items})"
t = Thing([1, [2]])
s = copy.copy(t)
d = copy.deepcopy(t)
t.items[1].append(3)
print(s, d, s.items is t.items, d.items is t.items)
class Custom:
    def __init__(self):
        self.v = [1]
    def __copy__(self):
        print("__copy__ called")
        c = Custom.__new__(Custom)
        c.v = self.v
        return c
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        c = Custom.__new__(Custom)
        c.v = copy.deepcopy(self.v, memo)
        return c
c = Custom()
print(copy.copy(c).v is c.v, copy.deepcopy(c).v is c.v)
print(copy.copy(5), copy.deepcopy((1, [2])), copy.copy([1, 2]) == [1, 2])
tup = (1, 2)
print(copy.copy(tup) is tup, copy.deepcopy(tup) is tup)
class Obj:
    pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.getweakrefcount(o))
del o
print(r())
def cb(ref):
    print("callback with dead ref:", ref() is None)
o2 = Obj()
r2 = weakref.ref(o2, cb)
del o2
print("after del")
wd = weakref.WeakValueDictionary()
k = Obj()
wd["a"] = k
print(list(wd.keys()))
del k
print(list(wd.keys()))
try:
    weakref.ref(5)
except TypeError as e:
    print("TypeError:", e)
try:
    weakref.ref([])
except TypeError as e:
    print("TypeError:", e)
class WithDel:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
x = WithDel(1)
x = WithDel(2)
print("reassigned")
del x
lst = [WithDel(3)]
lst.clear()
print("cleared")
def scope():
    w = WithDel(4)
    return "ret"
print(scope())
a = WithDel(5)
b = a
del a
print("b still holds")
b = None
cyc1 = WithDel(6)
cyc1.self = cyc1
del cyc1
print("cycle dropped, collect:")
gc.collect()
print("end")
final = WithDel(7)
