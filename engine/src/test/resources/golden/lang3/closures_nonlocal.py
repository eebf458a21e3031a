def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = make_counter()
print(c(), c(), c.__code__.co_freevars, c.__closure__[0].cell_contents)
def broken():
    total = 0
    def add(x):
        total += x
        return total
    return add
try:
    broken()(1)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
x = 10
def shadow():
    print(x)
    x = 5
try:
    shadow()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def uses_deleted():
    y = 1
    del y
    return y
try:
    uses_deleted()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
def free_deleted():
    z = 1
    def inner():
        return z
    del z
    return inner()
try:
    free_deleted()
except NameError as e:
    print(type(e).__name__ + ":", e)
fns = [lambda: i for i in range(3)]
print([f() for f in fns])
fns = [lambda i=i: i for i in range(3)]
print([f() for f in fns])
def outer():
    a = 1
    def mid():
        def inner():
            nonlocal a
            a += 10
            return a
        return inner
    return mid()
print(outer()())
g = 0
def setg():
    global g
    g += 1
setg(); setg()
print(g)
def cell_empty():
    def f():
        return later
    r = None
    try:
        r = f()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    later = 1
    return f()
print(cell_empty())
class K:
    v = 1
    items = [v for _ in range(2)] if False else None
    def m(self):
        return v
try:
    K().m()
except NameError as e:
    print("NameError:", e)
class K2:
    v = 3
    try:
        w = [v * i for i in range(2)]
    except NameError as e:
        print("NameError:", e)
