def make_counters():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    fixed = [lambda i=i: i for i in range(3)]
    return [f() for f in fns], [f() for f in fixed]
print(make_counters())

def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
f = outer()
print(f(), f(), f.__closure__[0].cell_contents, f.__code__.co_freevars, outer.__code__.co_cellvars)

def broken():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 5
    return inner()
print(broken())

def unbound():
    try:
        print(z)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    z = 1
unbound()
counter = 0
def bump():
    try:
        counter += 1
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
bump()
def gl():
    global counter
    counter += 5
    return counter
print(gl(), counter)
x = "global"
class K:
    x = "class"
    y = [x for _ in range(1)]
    def m(self):
        return x
print(K.y, K().m())
def deleted():
    v = 1
    del v
    try:
        v
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
deleted()
def cell_deleted():
    v = 1
    def g():
        return v
    del v
    try:
        g()
    except NameError as e:
        print("NameError:", e)
cell_deleted()
adders = {n: (lambda n: lambda x: x + n)(n) for n in range(3)}
print([adders[k](10) for k in adders])
print((lambda: (yield))().__class__.__name__, (lambda *a, **k: (a, k))(1, b=2))
