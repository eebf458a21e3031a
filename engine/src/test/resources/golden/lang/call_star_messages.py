import functools
def t(f):
    try:
        f()
    except TypeError as e:
        print(e)
class M:
    def m(self, *a, **k): pass
    @staticmethod
    def s(*a): pass
    @classmethod
    def c(cls, *a): pass
def plain(*a, **k): pass
t(lambda: print(*5)); t(lambda: print(1, *5)); t(lambda: M().m(*5)); t(lambda: M().m(**{"a": 1}, **{"a": 2}))
t(lambda: int(*5)); t(lambda: M(*5)); t(lambda: [].append(*5)); t(lambda: len(**{"a": 1}, **{"a": 1}))
t(lambda: functools.partial(print)(*5)); t(lambda: M.s(*None)); t(lambda: M.c(*1.5)); t(lambda: plain(*3))
t(lambda: plain(**3)); t(lambda: M().m(**[])); t(lambda: (lambda: 0)(*1)); t(lambda: plain(**{"x": 1}, **{"x": 2}))
t(lambda: dict(**{"a": 1}, **{"a": 2})); t(lambda: [*1]); t(lambda: {*1}); t(lambda: (*1,)); t(lambda: {**1})
t(lambda: print(*[1], *2))
