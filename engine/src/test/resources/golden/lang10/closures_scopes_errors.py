x = "global"
def outer():
    x = "enclosing"
    def inner():
        print(x)
    inner()
    def shadow():
        try:
            print(x)
        except UnboundLocalError as e:
            print("UnboundLocalError:", e)
        x = "local"
    shadow()
    def use_global():
        global x
        x = "changed global"
    use_global()
    return x
print(outer(), x)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc
c1, c2 = counter(), counter()
print(c1(), c1(), c2(), c1.__closure__[0].cell_contents, c1.__code__.co_freevars)
funcs = []
for i in range(3):
    def f(i=i):
        return i * 10
    funcs.append(f)
print([f() for f in funcs])
adders = [lambda v, k=k: v + k for k in range(3)]
print([a(100) for a in adders])
class K:
    y = 5
    vals = [y * 2 for _ in range(2)] if False else None
    try:
        comp = [y for _ in range(1)]
    except NameError as e:
        comp = f"NameError: {e}"
print(K.comp)
def gen_scope():
    total = 0
    items = (total + i for i in range(3))
    total = 100
    return list(items)
print(gen_scope())
try:
    del undefined_name
except NameError as e:
    print("NameError:", e)
def del_local():
    v = 1
    del v
    try:
        return v
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(del_local())
try:
    exec("nonlocal q")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
for src in ["def f():\n    global a\n    a = 1\n    global a\n", "def f(a):\n    global a\n", "x = 1\ndef g():\n    print(x)\n    global x\n"]:
    try:
        compile(src, "<test>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)
def make():
    def rec(n):
        return 1 if n == 0 else n * rec(n - 1)
    return rec
print(make()(5), make().__qualname__, make().__name__)
print(locals() is globals(), sorted(k for k in vars() if k.startswith("c")))
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
