counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def broken():
    try:
        print(counter)
        counter = 5
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
broken()
def outer():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n, inc
print(outer()[0])
funcs = [lambda: i for i in range(3)]
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
class C:
    val = 10
    doubled = [val * 2 for _ in range(1)] if False else None
    try:
        items = [val for _ in range(2)]
    except NameError as e:
        print("NameError in class comprehension:", e)
    first = [x * 2 for x in [val]]
print(C.first)
def shadow():
    len = 5
    return len
print(shadow(), len("ab"))
x = "global"
def f1():
    x = "enclosing"
    def f2():
        print(x)
    f2()
    return f2.__closure__[0].cell_contents, f2.__code__.co_freevars
print(f1())
def late():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        print("NameError:", e)
    y = 1
    return inner()
print(late())
def del_local():
    z = 1
    del z
    try:
        z
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
del_local()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
try:
    prnt("x")
except NameError as e:
    print("NameError:", e)
for loopvar in range(3):
    pass
print(loopvar)
[comp_var for comp_var in range(2)]
print("comp_var" in dir())
try:
    exec("nonlocal_x = 1\ndef g():\n    nonlocal nonlocal_x\n")
except SyntaxError as e:
    print("SyntaxError:", e)
try:
    exec("def g():\n    x = 1\n    global x\n")
except SyntaxError as e:
    print("SyntaxError:", e)
def gen_scope():
    a = 1
    return [a + b for b in range(2)], (lambda: a)()
print(gen_scope())
e = "before"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("NameError:", err)
g_ns = {}
exec("q = 1\ndef h(): return q", g_ns)
print(g_ns["h"](), sorted(k for k in g_ns if not k.startswith("__")))
print(eval("a + b", {"a": 1}, {"b": 2}))
def uses_locals():
    k = 1
    return sorted(locals())
print(uses_locals())
