# Objects with __del__ held only by temporaries (operands, displays passed to calls, star-args)
# die as CPython frees them: at the line that drops them, in CPython's order.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
    def __repr__(self):
        return "D(" + self.name + ")"

print("a")
n = len([D("list")])
print("b", n)
s = "%s and %s" % (D("t1"), D("t2"))
print("c", s)
print(D("is") is None)
print("d")
print(D("cmp") == 3)
print("e")
print(D("in") in [1, 2])
print("f")
t = f"{[D('fstr')]}"
print("g", t)
u = "{}".format((D("fmt"),))
print("h", u)
def f(*args, **kw):
    return len(args) + len(kw)
print(f(*[D("star1"), D("star2")]), f(**{"k": D("kw")}))
print("i")
print(sorted((D("s1"), D("s2")), key=lambda d: d.name))
print("j")
x = [D("x1"), D("x2")] + [D("x3")]
print("k")
x = None
print("l")
print(sum(len(str(d)) for d in [D("g1"), D("g2")]))
print("m")
