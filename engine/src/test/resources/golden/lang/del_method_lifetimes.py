class R:
    def __init__(self, n):
        self.n = n
        print("create", n)
    def __del__(self):
        print("delete", self.n)
a = R(1)
a = None
print("after rebind")
def f():
    r = R(2)
    print("in f")
f()
print("after f")
lst = [R(3), R(4)]
del lst
print("after del list")
b = R(5)
print("end")
class Bad:
    def __del__(self):
        raise ValueError("in del")
Bad()
print("after bad")
for i in range(3):
    x = R(10 + i)
print("loop done")
def make():
    return R(20)
make()
print("discarded return")
y = make()
del y
print("deleted y")
class Holder:
    def __init__(self):
        self.items = [R(30), R(31)]
h = Holder()
h = None
print("holder gone")
