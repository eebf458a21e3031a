def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)
class B:
    def __bool__(self): return 1
class L:
    def __len__(self): return -1
class L2:
    def __len__(self): return "3"
class L3:
    def __len__(self): return 2**70
class I:
    def __index__(self): return "x"
class It:
    def __iter__(self): return 5
class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return None
class H:
    def __hash__(self): return "h"
class F:
    def __float__(self): return 1
class N:
    def __int__(self): return 2.5
class C:
    def __complex__(self): return 1
class Fm:
    def __format__(self, spec): return 7
class Nx:
    def __iter__(self): return self
class Gi:
    def __getitem__(self, i):
        if i < 3: return i * 10
        raise IndexError
class Ct:
    def __contains__(self, x): return []
class Eq:
    def __eq__(self, o): return "yes"
class Lt:
    def __lt__(self, o): return NotImplemented
t("bool", lambda: bool(B()))
t("if", lambda: "t" if B() else "f")
t("len neg", lambda: len(L()))
t("len str", lambda: len(L2()))
t("len big", lambda: len(L3()))
t("index", lambda: [1, 2][I()])
t("iter", lambda: iter(It()))
t("for", lambda: [x for x in It()])
t("repr", lambda: repr(R()))
t("str", lambda: str(S()))
t("print str", lambda: print(S()))
t("hash", lambda: hash(H()))
t("float", lambda: float(F()))
t("int", lambda: int(N()))
t("complex", lambda: complex(C()))
t("format", lambda: format(Fm(), ""))
t("fstring", lambda: f"{Fm()}")
t("next", lambda: next(Nx()))
t("getitem iter", lambda: list(Gi()))
t("getitem in", lambda: (20 in Gi(), 25 in Gi()))
t("contains", lambda: 1 in Ct())
t("eq", lambda: Eq() == 1)
t("eq in list", lambda: Eq() in [1])
t("ne derived", lambda: Eq() != 1)
t("lt", lambda: Lt() < Lt())
t("sorted lt", lambda: sorted([Lt(), Lt()]))
t("hash none", lambda: hash(type("X", (), {"__hash__": None})()))
t("abs", lambda: abs(object()))
t("neg", lambda: -object())
t("invert str", lambda: ~"s")
t("call", lambda: object()())
t("round", lambda: round(object()))
t("divmod", lambda: divmod("a", 1))
t("pow3", lambda: pow(2.0, 2, 3))
t("iadd", lambda: (x := [1], x.__iadd__((2,)), x)[2])
t("int base", lambda: int(5, 2))
t("int str big", lambda: len(str(int("9" * 4300))))
t("int str too big", lambda: int("9" * 4301))
t("str int too big", lambda: str(10 ** 4300))
