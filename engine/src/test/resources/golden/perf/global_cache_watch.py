# LOAD_GLOBAL caches stay right while a module-level loop rebinds other names, and see every
# change of the names they hold: rebinding, deleting, shadowing a builtin, writes through
# globals(), through the module object, through vars(), dict methods on globals(), and popitem.
import sys

SCALE = 2


def scaled(x):
    return x * SCALE


def length(s):
    return len(s)


total = 0
for i in range(6):
    total += scaled(i)
    if i == 2:
        SCALE = 10
    if i == 4:
        globals()["SCALE"] = 100
print("rebinding:", total)

print("builtin:", length("abc"))
len = lambda s: -1
print("shadowed:", length("abc"))
del len
print("restored:", length("abc"))

me = sys.modules[__name__]
me.SCALE = 3
print("module attr:", scaled(1))
vars()["SCALE"] = 4
print("vars:", scaled(1))
globals().update(SCALE=5)
print("update:", scaled(1))
globals().setdefault("SCALE", 6)
print("setdefault present:", scaled(1))
del SCALE
try:
    scaled(1)
except NameError as e:
    print("deleted:", e)
globals().setdefault("SCALE", 7)
print("setdefault absent:", scaled(1))
globals()["SCALE"] += 1
print("augmented:", scaled(1))


def read_many():
    return SCALE, total, i


for k in range(3):
    SCALE = k
    print("loop:", read_many())

# Many globals: the watched keys sit at high entry positions.
for n in range(200):
    globals()["g%d" % n] = n


def high():
    return g150 + g199


print("high:", high())
g150 = 1000
print("high changed:", high())
for n in range(200):
    globals()["g%d" % n] = -n
print("high all changed:", high())

d = {"a": 1, "b": 2, "c": 3}
print("popitem:", d.popitem(), d)
d["z"] = 26
print("after insert:", d, list(d.items()))
while d:
    print("pop:", d.popitem())
try:
    d.popitem()
except KeyError as e:
    print("empty:", e)
d.update(x=1, y=2)
print("reused:", d, d.popitem(), d)


def set_scale(v):
    global SCALE
    SCALE = v


for v in (11, 12):
    set_scale(v)
    print("global statement:", scaled(1))
