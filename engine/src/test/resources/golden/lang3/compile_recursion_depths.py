def probe(mode, build):
    lo, hi = 100, 4000
    while lo < hi:
        mid = (lo + hi) // 2
        try:
            compile(build(mid), "<s>", mode)
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo
print(probe("eval", lambda n: "+".join(["1"] * n)))
print(probe("exec", lambda n: "x = " + "+".join(["1"] * n)))
print(probe("exec", lambda n: "def f():\n return " + "-".join(["a"] * n)))
print(probe("eval", lambda n: "(" * 0 + "not " * n + "x"))
print(probe("eval", lambda n: "[" + "+".join(["x"] * n) + " for x in y]"))
def inner():
    return probe("eval", lambda n: "+".join(["1"] * n))
print(inner())
try:
    eval("+".join(["1"] * 3500))
except RecursionError as e:
    print("RecursionError:", e)
