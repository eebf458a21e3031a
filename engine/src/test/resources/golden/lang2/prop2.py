class Outer:
    class P:
        @property
        def v(self):
            return 1
        w = property(lambda self: 2)
        def _g(self):
            return 3
        alias = property(_g)
        nog = property(None)
class Q: pass
Q.late = property(lambda self: 1)
Q.__dict__["late"].__set_name__(Q, "renamed")
p = Outer.P()
for op in (lambda: setattr(p, "v", 3), lambda: delattr(p, "v"), lambda: setattr(p, "w", 3), lambda: setattr(p, "alias", 1),
           lambda: p.nog, lambda: setattr(p, "nog", 1), lambda: setattr(Q(), "late", 1)):
    try:
        op()
    except AttributeError as e:
        print("AttributeError:", e)
print(Outer.P.w.fget.__name__)
print(property.__set_name__)
