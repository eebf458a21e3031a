class R:
    def __repr__(self): return 5
class S:
    def __str__(self): return None
class H:
    def __hash__(self): return "h"
class H2:
    def __hash__(self): return 2**100
class L:
    def __len__(self): return "3"
class I:
    def __iter__(self): return [1, 2]
class X:
    def __index__(self): return 1.5
class F:
    def __format__(self, spec): return 7
class E:
    def __eq__(self, o): return "yes"
class B:
    def __bool__(self): return None
class N:
    def __next__(self): return 1
    def __iter__(self): return self
class C:
    def __contains__(self, x): return [1]
class Int:
    def __int__(self): return "1"
class Flt:
    def __float__(self): return 1
class Cpl:
    def __complex__(self): return 1
class Round:
    def __round__(self, n=None): return "r"
class Neg:
    def __neg__(self): return NotImplemented
class Enter:
    def __enter__(self): return 1
    def __exit__(self, *a): return "truthy"
tests = [
    ("repr", lambda: repr(R())), ("str", lambda: str(S())), ("print", lambda: print(S())), ("hash", lambda: hash(H())),
    ("hash big", lambda: hash(H2()) == hash(2**100)), ("len", lambda: len(L())), ("iter", lambda: iter(I())), ("for", lambda: [x for x in I()]),
    ("index", lambda: [0, 1][X()]), ("format", lambda: format(F())), ("fstring", lambda: f"{F()}"), ("eq in list", lambda: E() in [1]),
    ("eq direct", lambda: E() == 1), ("bool", lambda: bool(B())), ("if", lambda: 1 if B() else 0), ("next", lambda: next(N())),
    ("contains", lambda: 1 in C()), ("int", lambda: int(Int())), ("float", lambda: float(Flt())), ("complex", lambda: complex(Cpl())),
    ("round", lambda: round(Round())), ("neg", lambda: -Neg()), ("str of list", lambda: str([R()])), ("%s", lambda: "%s" % S()),
    ("%r", lambda: "%r" % R()), ("bin", lambda: bin(X())), ("range", lambda: range(X())), ("sorted hash set", lambda: {H()}),
]
for name, fn in tests:
    try:
        print(f"{name:16} -> {fn()!r}")
    except Exception as e:
        print(f"{name:16} !! {type(e).__name__}: {e}")
with Enter() as v:
    raise ValueError("suppressed by truthy __exit__")
print("after with", v)
