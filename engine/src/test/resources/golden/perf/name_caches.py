# LOAD_GLOBAL / LOAD_NAME / STORE_NAME caches: every way a name's value or its dict's key set can
# change between two executions of the same instruction, from module loops and from functions.
import builtins

real_len = builtins.len

def read_x():
    return x


def read_len():
    return len("abc")


def read_many():
    return (a0, a1, len("ab"), x)


x = 1
out = []
for i in range(6):
    out.append(read_x())
    x = x + i                      # rebinding: same key set, new value
print("rebind", out, x)

out = []
for i in range(4):
    out.append(read_len())
    if i == 1:
        len = lambda s: 100        # a global now shadows the builtin
    if i == 2:
        del len                    # and is gone again
print("shadow", out)

out = []
for i in range(3):
    out.append(read_len())
    if i == 0:
        builtins.len = lambda s: -1   # the builtin itself replaced
    if i == 1:
        del builtins.len
        builtins.len = type("L", (), {"__call__": lambda self, s: 7})()
print("builtin", out)
builtins.len = real_len
print("len again", read_len())

a0 = a1 = 0
out = []
for i in range(5):
    out.append(read_many())
    for k in range(20 * i):
        globals()["g%d_%d" % (i, k)] = k   # the globals grow: entries move
    a0 += 1
    a1 = -a0
print("grow", out)

for k in list(globals()):
    if k.startswith("g") and "_" in k:
        del globals()[k]               # entries removed
print("shrunk", read_many(), len([k for k in globals() if k.startswith("g")]))

y = 0
for i in range(5):
    y = y + i                          # module loop: LOAD_NAME / STORE_NAME of y
    if i == 2:
        del y
        y = 100
    if i == 3:
        globals()["y"] = 1000
print("module", y)

class C:
    q = 1
    for i in range(3):
        q = q + i
    r = q
print("class body", C.q, C.r)

try:
    for i in range(3):
        if i == 2:
            del x
        print("x is", x)
except NameError as e:
    print("NameError", e)


def f():
    return undefined_name  # noqa: F821


for i in range(2):
    try:
        f()
    except NameError as e:
        print("NameError", e)
    undefined_name = i
    print(f())
    del undefined_name
