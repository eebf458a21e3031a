# How deep recursion gets when each level passes through a built-in, a class call, a special
# method or a comparison: CPython 3.11 charges some of these C-level calls a recursion level.
import sys
depth = 0
def measure(name, start):
    global depth
    depth = 0
    try:
        start()
    except RecursionError as e:
        print(f"{name}: {depth} ({e})")

def plain():
    global depth; depth += 1; plain()
def via_sorted(x=0):
    global depth; depth += 1; sorted([1], key=via_sorted); return 0
def via_max(x=0):
    global depth; depth += 1; max([1, 2], key=via_max); return 0
def via_map(x=0):
    global depth; depth += 1; list(map(via_map, [1])); return 0
def via_list_comp():
    global depth; depth += 1; [via_list_comp() for _ in [1]]
def via_genexp():
    global depth; depth += 1; list(via_genexp() for _ in [1])
def via_lambda():
    global depth; depth += 1; (lambda: via_lambda())()
class Init:
    def __init__(self):
        global depth; depth += 1; Init()
class Repr:
    def __repr__(self):
        global depth; depth += 1; return repr(Repr())
class Str:
    def __str__(self):
        global depth; depth += 1; return str(Str())
class Fmt:
    def __format__(self, spec):
        global depth; depth += 1; return format(Fmt())
class FStr:
    def __repr__(self):
        global depth; depth += 1; return f"{FStr()!r}"
class Add:
    def __add__(self, o):
        global depth; depth += 1; return Add() + 1
class GetItem:
    def __getitem__(self, i):
        global depth; depth += 1; return GetItem()[i]
class GetAttr:
    def __getattr__(self, n):
        global depth; depth += 1; return GetAttr().x
class Prop:
    @property
    def p(self):
        global depth; depth += 1; return Prop().p
class Eq:
    def __eq__(self, o):
        global depth; depth += 1; return Eq() == 1
class Len:
    def __len__(self):
        global depth; depth += 1; return len(Len())
class Hash:
    def __hash__(self):
        global depth; depth += 1; return hash(Hash())
class Iter:
    def __iter__(self):
        global depth; depth += 1; return iter(Iter())
class Call:
    def __call__(self):
        global depth; depth += 1; return Call()()
class Bool:
    def __bool__(self):
        global depth; depth += 1; return bool(Bool())
class Contains:
    def __contains__(self, x):
        global depth; depth += 1; return 1 in Contains()
def via_print():
    global depth; depth += 1
    class P:
        def __str__(self): return via_print()
    print(P())
def via_getattr_builtin():
    global depth; depth += 1; getattr(via_getattr_builtin, "x", None) or via_getattr_builtin()
def via_filter(x=0):
    global depth; depth += 1; list(filter(via_filter, [1])); return 0
def via_functools_reduce(a=0, b=0):
    global depth; depth += 1
    import functools; functools.reduce(via_functools_reduce, [1, 2]); return 0
def gen_rec():
    global depth; depth += 1; yield from gen_rec()
def via_next():
    global depth; depth += 1
    def g():
        yield via_next()
    next(g())
def via_dict_setdefault():
    global depth; depth += 1
    class K:
        def __hash__(self): via_dict_setdefault(); return 1
    {}.setdefault(K())
def via_super_init():
    class A:
        def __init__(self):
            global depth; depth += 1; B()
    class B(A):
        def __init__(self):
            super().__init__()
    B()
def via_decorated():
    import functools
    @functools.wraps(plain)
    def w(*a, **k):
        global depth; depth += 1; return w()
    w()
def via_classmethod():
    class C:
        @classmethod
        def m(cls):
            global depth; depth += 1; cls.m()
    C.m()
def via_staticmethod():
    class C:
        @staticmethod
        def m():
            global depth; depth += 1; C.m()
    C.m()
def via_bound():
    class C:
        def m(self):
            global depth; depth += 1; self.m()
    C().m()
def via_exec_class():
    global depth; depth += 1
    class Inner:
        via_exec_class()
def via_partial():
    import functools
    global depth; depth += 1; functools.partial(via_partial)()
def via_setattr():
    class S:
        def __setattr__(self, n, v):
            global depth; depth += 1; S().x = 1
    S().x = 1
def via_str_format():
    class S:
        def __format__(self, spec):
            global depth; depth += 1; return "{}".format(S())
    "{}".format(S())
def via_sum():
    class S:
        def __add__(self, o):
            global depth; depth += 1; return sum([S(), S()], S())
        __radd__ = __add__
    sum([S(), S()], S())
def via_any():
    global depth; depth += 1; any(via_any() for _ in [1])
def via_sort_method():
    global depth; depth += 1; [2, 1].sort(key=lambda x: via_sort_method())
def via_min_default():
    global depth; depth += 1; min([3, 2], key=lambda x: via_min_default() or 0)

# sorted(key=), print, next(), dict.setdefault, class bodies, partial and sum are left out: CPython
# charges their call sites a level only until the code is specialized (after ~8 calls), a detail
# the engine does not model.
SKIP = {"via_sorted", "via_print", "via_next", "via_dict_setdefault", "via_exec_class", "via_partial", "via_sum"}
for name, fn in list(globals().items()):
    if (name.startswith("via_") or name == "plain") and name not in SKIP:
        measure(name, fn)
for cls in (Init, Repr, FStr, Add, GetItem, GetAttr, Prop, Eq, Hash, Call, Bool, Contains):
    def go(cls=cls):
        o = cls()
        {Init: lambda: cls(), Repr: lambda: repr(o), Str: lambda: str(o), Fmt: lambda: format(o), FStr: lambda: repr(o),
         Add: lambda: o + 1, GetItem: lambda: o[0], GetAttr: lambda: o.x, Prop: lambda: o.p, Eq: lambda: o == 1,
         Len: lambda: len(o), Hash: lambda: hash(o), Iter: lambda: iter(o), Call: lambda: o(), Bool: lambda: bool(o),
         Contains: lambda: 1 in o}[cls]()
    measure(cls.__name__, go)
def gen_driver():
    list(gen_rec())
measure("gen_rec", gen_driver)
