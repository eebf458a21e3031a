print(repr(dict.fromkeys)[:40], repr(int.from_bytes)[:42], repr(str.maketrans)[:42], repr(object.__init__), repr(int.__add__), repr(list.append), repr(dict.get))
print(repr([].__add__)[:40], repr(dict.__getitem__), repr(list.__len__), repr(str.__contains__), repr({}.__contains__)[:40], repr("".__len__)[:38])
print(dict.fromkeys("ab", 0), int.from_bytes(b"\x01\x00", "big"), str.maketrans("a", "b"), {}.fromkeys([1]), float.fromhex("0x1p1"))
class D(dict): pass
print(type(D.fromkeys("a")).__name__, D.fromkeys("x"), dict.fromkeys.__qualname__, dict.fromkeys.__self__, str.maketrans.__self__, int.from_bytes.__name__)
print(repr(object.__subclasshook__)[:50], repr(int.__new__)[:40], repr(object.__new__)[:40], repr(type.__call__), repr(object.__eq__), repr(object.__str__))
import collections
P = collections.namedtuple("P", "x")
print(P._make([1]))
