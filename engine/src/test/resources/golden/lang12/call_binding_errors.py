def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
def g(x, y=2, *rest, z, **kw):
    return x, y, rest, z, kw
def h(p, q=1):
    return p, q
class K:
    def m(self, v, *, w):
        return v, w
    @classmethod
    def cm(cls, a):
        return a
    @staticmethod
    def sm(a, b):
        return a + b
calls = [
    ("f()", lambda: f()), ("f(1)", lambda: f(1)), ("f(1, 2)", lambda: f(1, 2)), ("f(1, 2, 3)", lambda: f(1, 2, 3)),
    ("f(1, 2, 3, 4)", lambda: f(1, 2, 3, 4)), ("f(1, 2, 3, 4, d=1)", lambda: f(1, 2, 3, 4, d=1)), ("f(1, b=2, c=3, d=4)", lambda: f(1, b=2, c=3, d=4)),
    ("f(a=1, b=2, c=3, d=4)", lambda: f(a=1, b=2, c=3, d=4)), ("f(1, 2, 3, d=4, x=9)", lambda: f(1, 2, 3, d=4, x=9)),
    ("f(1, 2, c=3, d=4, c=5)", lambda: f(1, 2, **{"c": 3, "d": 4})), ("f(1, 2, 3, d=4, e=6)", lambda: f(1, 2, 3, d=4, e=6)),
    ("g()", lambda: g()), ("g(1)", lambda: g(1)), ("g(1, z=3)", lambda: g(1, z=3)), ("g(1, 2, 3, 4, z=5, k=6)", lambda: g(1, 2, 3, 4, z=5, k=6)),
    ("g(1, x=2, z=3)", lambda: g(1, x=2, z=3)), ("g(z=1)", lambda: g(z=1)), ("g(1, **{'z': 1, 'y': 3})", lambda: g(1, **{"z": 1, "y": 3})),
    ("h(1, 2, 3)", lambda: h(1, 2, 3)), ("h(1, 2, 3, q=4)", lambda: h(1, 2, 3, q=4)), ("h(q=2)", lambda: h(q=2)), ("h(1, p=2)", lambda: h(1, p=2)),
    ("h(*[1, 2, 3])", lambda: h(*[1, 2, 3])), ("h(**{'p': 1, 'r': 2})", lambda: h(**{"p": 1, "r": 2})), ("h(*5)", lambda: h(*5)),
    ("h(**[1])", lambda: h(**[1])), ("h(**{1: 2})", lambda: h(**{1: 2})), ("K().m(1)", lambda: K().m(1)), ("K().m(1, 2)", lambda: K().m(1, 2)),
    ("K.m(1, w=2)", lambda: K.m(1, w=2)), ("K.m()", lambda: K.m()), ("K.cm()", lambda: K.cm()), ("K.cm(1, 2)", lambda: K.cm(1, 2)),
    ("K.sm(1)", lambda: K.sm(1)), ("K().sm(1, 2, 3)", lambda: K().sm(1, 2, 3)), ("(lambda: 0)(1)", lambda: (lambda: 0)(1)),
    ("(lambda x, *, y: 0)(1, 2)", lambda: (lambda x, *, y: 0)(1, 2)), ("(lambda x, *, y: 0)(1, 2, y=3)", lambda: (lambda x, *, y: 0)(1, 2, y=3)),
    ("len()", lambda: len()), ("len(1, 2)", lambda: len(1, 2)), ("len(obj=1)", lambda: len(obj=1)), ("int(x=1)", lambda: int(x=1)),
    ("sorted([1], reverse=1, x=2)", lambda: sorted([1], reverse=1, x=2)), ("print(end=1)", lambda: print(end=1)), ("max()", lambda: max()),
    ("dict(1, 2)", lambda: dict(1, 2)), ("str(1, 2, 3, 4)", lambda: str(1, 2, 3, 4)), ("[].append()", lambda: [].append()), ("'x'.split(1)", lambda: "x".split(1)),
]
for label, fn in calls:
    try:
        print(f"{label:34} -> {fn()}")
    except TypeError as e:
        print(f"{label:34} !! {e}")
