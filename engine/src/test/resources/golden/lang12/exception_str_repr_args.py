cases = [
    KeyError("k"), KeyError(), KeyError("a", "b"), KeyError(1), IndexError("list index out of range"),
    ValueError(), ValueError(None), ValueError(""), ValueError(1, 2), OSError(2, "No such file"),
    OSError(2, "No such file", "f.txt"), OSError("plain"), FileNotFoundError(2, "missing", "x.py"),
    PermissionError(13, "denied"), StopIteration(5), StopIteration(), SystemExit(3), KeyboardInterrupt(),
    UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
    UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)"),
    ImportError("no mod", name="m", path="/p"), ModuleNotFoundError("No module named 'zz'", name="zz"),
    SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6)), AttributeError("x", name="n", obj=5),
    ExceptionGroup("grp", [ValueError(1), TypeError(2)]), BaseExceptionGroup("b", [KeyboardInterrupt()]),
    NameError("nope", name="nope"), AssertionError(), RecursionError("deep"), ZeroDivisionError("division by zero"),
]
for e in cases:
    print(f"{type(e).__name__:22} str={str(e)!r:45} repr={e!r}")
    print(f"{'':22} args={e.args}")
o = OSError(2, "No such file", "f.txt")
print(o.errno, o.strerror, o.filename, o.filename2, type(o).__name__)
o2 = OSError(17, "exists", "a", None, "b")
print(o2, o2.filename2)
u = UnicodeDecodeError("utf-8", b"ab\xffcd", 2, 3, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason)
s = SyntaxError("bad", ("f.py", 3, 5, "x = = 1\n", 3, 6))
print(s.msg, s.filename, s.lineno, s.offset, repr(s.text), s.end_lineno, s.end_offset)
print(ImportError("x", name="m").name, ImportError("x").path)
g = ExceptionGroup("grp", [ValueError(1), TypeError(2)])
print(g.message, g.exceptions, len(g.exceptions), type(g.subgroup(ValueError)).__name__, g.split(TypeError))
print(str(KeyError("it's")), str(KeyError('say "hi"')), repr(KeyError("x\ny")))
try:
    ExceptionGroup("x", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("x", [KeyboardInterrupt()])
except TypeError as e:
    print("TypeError:", e)
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
m = MyErr(7)
print(str(m), repr(m), m.args, m.code)
class NoSuper(Exception):
    def __init__(self, a, b):
        self.a = a
n = NoSuper(1, 2)
print(str(n), repr(n), n.args)
class WithStr(Exception):
    def __str__(self):
        return "custom!"
print(str(WithStr("x")), repr(WithStr("x")))
e = ValueError("v")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))
try:
    e.add_note(5)
except TypeError as te:
    print("TypeError:", te)
print(BaseException.__new__(ValueError).args, ValueError.__mro__)
e = Exception("a", "b")
e.args = ("c",)
print(str(e), e.with_traceback(None) is e)
