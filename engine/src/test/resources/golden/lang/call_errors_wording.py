def f(a, b=2, *, c):
    return a, b, c

class K:
    def m(self, x):
        return x
    @classmethod
    def cm(cls, y):
        return y
    @staticmethod
    def sm(z):
        return z

tests = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, 3),
    lambda: f(1, c=3, d=4),
    lambda: f(1, a=1, c=2),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: K.m(1),
    lambda: K.cm(),
    lambda: K.sm(1, 2),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: int("5", base=1),
    lambda: "abc".split(1),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: print(sep=1),
    lambda: sorted([1], key=1),
    lambda: max(),
    lambda: (lambda x, /, y: 0)(x=1, y=2),
    lambda: divmod(1),
    lambda: abs("x"),
    lambda: "a" + 1,
    lambda: 1 + "a",
    lambda: [1] * "2",
    lambda: None(),
    lambda: 5[0],
    lambda: iter(5),
    lambda: next([1]),
    lambda: object().x,
    lambda: setattr(object(), "x", 1),
    lambda: hash([]),
    lambda: {[]: 1},
    lambda: ord("ab"),
    lambda: range(1.5),
    lambda: "x".join([1]),
    lambda: int(None),
    lambda: float([]),
    lambda: str(1, 2, 3, 4),
    lambda: -"a",
    lambda: ~1.5,
    lambda: 1 < "a",
    lambda: [1, 2] < [1, "a"],
    lambda: isinstance(1, 1),
    lambda: issubclass(1, int),
    lambda: getattr(1, 2),
    lambda: type("X", (), {}, 1),
    lambda: super(),
    lambda: K.__init__(),
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__ + ":", e)
