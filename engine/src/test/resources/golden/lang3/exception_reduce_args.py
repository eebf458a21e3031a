e = ValueError("a", 2)
print(e.__reduce__(), ValueError().__reduce__())
class E(Exception):
    def __init__(self, x):
        super().__init__(x, "extra")
        self.x = x
e2 = E(5)
print(e2.__reduce__()[0].__name__, e2.__reduce__()[1:], e2.args)
e2.args = ("changed",)
print(e2, repr(e2), e2.args)
e3 = KeyError()
e3.args = [1, 2]
print(e3.args, type(e3.args).__name__, str(e3))
try:
    e3.args = 5
except TypeError as ex:
    print("TypeError:", ex)
oe = OSError(2, "No such file", "f.txt")
print(oe.__reduce__(), oe.errno, oe.strerror, oe.filename, str(oe), oe.args)
print(StopIteration(1, 2).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyError("k").__str__(), repr(KeyError("k")), str(KeyError()), str(KeyError(1, 2)))
print(BaseException.__new__(ValueError).args, ValueError.__new__(ValueError, 1, 2).args)
ex = Exception("m")
ex.__setstate__({"note": 1})
print(ex.note, ex.__dict__, ex.__reduce__())
import traceback
def f():
    return 1 / 0
try:
    f()
except ZeroDivisionError as z:
    fs = traceback.extract_tb(z.__traceback__)
    for frame in fs:
        print(frame.filename.split("/")[-1], frame.lineno, frame.name, repr(frame.line), frame.colno, frame.end_colno, frame.end_lineno)
    print(len(fs), fs[0] == fs[0], list(fs[-1])[1:])
    print(traceback.format_exception_only(type(z), z))
s = traceback.FrameSummary("x.py", 3, "fn", line="a = 1")
print(s, s.line, s.lineno, repr(s))
