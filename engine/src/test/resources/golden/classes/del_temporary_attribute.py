class Foo:
    x = 1
    def __init__(self, tag):
        self.tag = tag
        self.val = tag * 2
    def __del__(self):
        print("del", self.tag)
    def m(self):
        return "m" + str(self.tag)
    @property
    def prop(self):
        return self.val + 100

print(Foo(1).x)
print(Foo(2).val)
print(Foo(3).m())
Foo(4).x
y = Foo(5).val
print("y =", y)
print(Foo(6).prop)
def make(t):
    return Foo(t)
print(make(7).tag, "same line")
z = [make(8).val, make(9).val]
print(z)
f = make(10).m
print("bound method keeps it alive")
del f
print("after del f")
print(len(str(Foo(11).tag)))
class Bar(Foo):
    pass
print(Bar(12).x)
print(getattr(Foo(13), "val"))
print(Foo(14).x + Foo(15).x)
