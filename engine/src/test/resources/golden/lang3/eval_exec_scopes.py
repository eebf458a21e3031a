def outer():
    k = 3
    print(eval("k * 2"))
    print(eval("[k * i for i in range(3)]"))
    exec("k = 100")
    print(k)
    d = {}
    exec("z = k + 1", globals(), d)
    print(d)
    ns = {}
    exec("def sq(x):\n    return x * x\nclass P:\n    a = 1\n", ns)
    print(ns["sq"](7), ns["P"].a, ns["P"].__module__ if "__name__" in ns else ns["P"].__module__)
outer()
print(eval("__name__"), eval("__name__", {}))
g = {"__name__": "mod"}
exec("class C: pass\nr = repr(C)", g)
print(g["r"])
print(eval("x + y", {"x": 1}, {"y": 2}))
code = compile("for i in range(3): print(i)", "<loop>", "exec")
exec(code)
print(code.co_filename, code.co_name)
e = compile("1 + 2 * 3", "<e>", "eval")
print(eval(e))
print(eval("  (1,\n2)"))
print(eval(b"'caf\xc3\xa9'"))
r = {}
exec("import math\nv = math.sqrt(16)", r)
print(r["v"], "math" in r)
exec("print('hi', end='!\\n')")
print(eval("lambda a: a + 1")(4))
print(eval("(lambda: (yield 1))")().__next__())
class M:
    def __getitem__(self, k):
        if k == "q": return 42
        raise KeyError(k)
print(eval("q", {}, M()))
try:
    eval("w", {}, M())
except NameError as ex:
    print("NameError", ex)
print(sorted(k for k in eval("globals()", {"a": 1}).keys()))
print(eval("locals()", {"a": 1}, {"b": 2}))
exec("global G\nG = 5")
print(G)
def h():
    exec("global H2\nH2 = 6")
h()
print(H2)
