import sys, gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "bad":
            raise ValueError("from __del__")

a = Noisy("a")
b = Noisy("bad")
del a
del b
print("after dels")

class Cycle:
    def __init__(self):
        self.me = self
    def __del__(self):
        print("cycle del")
c = Cycle()
del c
print("before collect")
print(gc.collect() >= 1)

seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__class__.__name__ if u.object is not None else None, u.err_msg))
sys.unraisablehook = hook
d = Noisy("bad")
del d
print(seen)
sys.unraisablehook = sys.__unraisablehook__

def gen():
    try:
        yield 1
    finally:
        raise KeyError("in finally")
g = gen()
next(g)
del g
print("after gen")
x = Noisy("end")
