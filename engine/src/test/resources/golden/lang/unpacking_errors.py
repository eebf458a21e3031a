def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__ + ":", e)

def unpack2(v):
    a, b = v
    return a, b
def unpack_star(v):
    a, b, *c, d = v
    return a, b, c, d
attempt("too many", lambda: unpack2([1, 2, 3]))
attempt("too few", lambda: unpack2([1]))
attempt("not iterable", lambda: unpack2(5))
attempt("none", lambda: unpack2(None))
attempt("str ok", lambda: unpack2("ab"))
attempt("dict", lambda: unpack2({"x": 1, "y": 2}))
attempt("star few", lambda: unpack_star([1, 2]))
attempt("star ok", lambda: unpack_star(range(6)))
attempt("gen many", lambda: unpack2(x for x in range(5)))
attempt("call star", lambda: print(*5))
attempt("call dstar", lambda: print(**[1]))
attempt("dup kw", lambda: (lambda **k: k)(**{"a": 1}, **{"a": 2}))
attempt("non-str key", lambda: (lambda **k: k)(**{1: 2}))
attempt("merge", lambda: {**{"a": 1}, **{"a": 2, "b": 3}})
attempt("list star", lambda: [*range(3), *"ab", *{"k": 1}])
attempt("set star", lambda: sorted({*[3, 1], *(2, 3)}))
attempt("dict star bad", lambda: {**[1, 2]})
attempt("nested", lambda: [(a, b, c) for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]])
attempt("nested bad", lambda: [(a, b, c) for a, (b, c) in [(1, (2, 3, 4))]])
def swap():
    a, b = 1, 2
    a, b = b, a
    (c, d), e = "xy", 3
    first, *rest = "hello"
    *init, last = [1]
    return a, b, c, d, e, first, rest, init, last
attempt("swap", swap)
def f(a, b, /, c, *, d):
    return a, b, c, d
attempt("posonly kw", lambda: f(1, b=2, c=3, d=4))
attempt("kwonly pos", lambda: f(1, 2, 3, 4))
attempt("missing", lambda: f(1, 2))
attempt("missing kwonly", lambda: f(1, 2, 3))
attempt("unexpected", lambda: f(1, 2, 3, d=4, e=5))
attempt("multiple", lambda: f(1, 2, 3, c=3, d=4))
def g(a, b=2, *args, **kw):
    return a, b, args, kw
attempt("g", lambda: g(1, 2, 3, 4, x=5))
attempt("g none", lambda: g())
attempt("many pos", lambda: (lambda a: a)(1, 2))
attempt("zero pos", lambda: (lambda: 0)(1))
class M:
    def meth(self, x):
        return x
attempt("method", lambda: M().meth())
attempt("method many", lambda: M().meth(1, 2))
attempt("unbound", lambda: M.meth(1))
