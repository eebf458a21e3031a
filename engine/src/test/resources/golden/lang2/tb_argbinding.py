def f(a, b, c=3, *, d, e=5):
    return a, b, c, d, e
def g(a, /, b, *, c):
    return a, b, c
def h(*args, **kwargs):
    return args, kwargs
class K:
    def m(self, x):
        return x
    @staticmethod
    def s(x):
        return x
    @classmethod
    def c(cls, x):
        return x
def check(label, fn):
    try:
        print(label, fn())
    except TypeError as e:
        print(label, "TypeError:", e)
check(1, lambda: f(1))
check(2, lambda: f(1, 2))
check(3, lambda: f(1, 2, 3, 4))
check(4, lambda: f(1, 2, d=4, z=1))
check(5, lambda: f(1, 2, a=1, d=4))
check(6, lambda: f(1, b=2, d=4))
check(7, lambda: g(a=1, b=2, c=3))
check(8, lambda: g(1, 2, 3))
check(9, lambda: g(1, 2))
check(10, lambda: g(1, b=2, c=3, d=4))
check(11, lambda: K().m())
check(12, lambda: K().m(1, 2))
check(13, lambda: K.m(1))
check(14, lambda: K.s())
check(15, lambda: K.c(1, 2))
check(16, lambda: K(1))
check(17, lambda: h(1, **{"a": 1}, **{"a": 2}))
check(18, lambda: f(*[1, 2, 3, 4, 5]))
check(19, lambda: f(1, 2, **{"d": 1, "c": 9}))
check(20, lambda: f(**{1: 2}))
check(21, lambda: f(*5))
check(22, lambda: f(**[1]))
check(23, lambda: (lambda x: x)())
check(24, lambda: (lambda: 1)(2))
check(25, lambda: f())
check(26, lambda: g())
check(27, lambda: len())
check(28, lambda: len(1, 2))
check(29, lambda: print(end=1))
check(30, lambda: sorted([1], key=1))
check(31, lambda: isinstance(1))
check(32, lambda: max())
check(33, lambda: min(1))
check(34, lambda: "a".split(1))
check(35, lambda: [].append())
check(36, lambda: dict(1))
check(37, lambda: K.m())
def many(a, b, c, d):
    pass
check(38, lambda: many(1))
check(39, lambda: many(1, c=2))
def kwonly(*, a, b, c):
    pass
check(40, lambda: kwonly(1))
check(41, lambda: kwonly(a=1))
check(42, lambda: kwonly(1, 2, a=1))
def pos_default(a, b=2, /):
    pass
check(43, lambda: pos_default(1, 2, 3))
check(44, lambda: pos_default(1, b=2))
check(45, lambda: int(x=1))
check(46, lambda: range(1, 2, 3, 4))
check(47, lambda: "abc".replace("a"))
f(1, 2, 3, 4)
