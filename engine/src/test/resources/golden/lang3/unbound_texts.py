def f():
    if False:
        value = 1
    return value
def g(flag):
    for i in range(flag):
        last = i
    return last
def h():
    try:
        res = int("x")
    except ValueError:
        pass
    return res
def k():
    print(k_local)
    k_local = 2
for fn, args in [(f, ()), (g, (0,)), (h, ()), (k, ())]:
    try:
        fn(*args)
    except UnboundLocalError as e:
        print(fn.__name__, "->", e)
def comp():
    return [y for y in range(3) if undefined_thing]
try:
    comp()
except NameError as e:
    print("NameError:", e)
def wrap():
    del_me = 1
    def inner():
        print(del_me)
    del del_me
    inner()
try:
    wrap()
except NameError as e:
    print(type(e).__name__, "->", e)
try:
    print(undefined_global)
except NameError as e:
    print("NameError:", e, "| name attr:", e.name)
def exc_var():
    try:
        1 / 0
    except ZeroDivisionError as err:
        pass
    return err
try:
    exc_var()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
g(0)
