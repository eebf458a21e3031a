from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
def where(p):
    match p:
        case Point(x=0, y=0): return "origin"
        case Point(x=0, y=yy): return f"y={yy}"
        case Point(x, y) if x == y: return "diag"
        case [a, b, *rest]: return f"seq {a} {b} {rest}"
        case {"k": v, **kw}: return f"map {v} {kw}"
        case str() | bytes() as s: return f"text {s!r}"
        case int(n) if n > 10: return "big"
        case 1 | 2 | 3: return "small"
        case None: return "none"
        case _: return "other"
for v in [Point(0,0), Point(0,5), Point(2,2), [1,2,3,4], {"k":1,"z":2}, "hi", b"b", 50, 2, None, 3.5, Point(1,2)]:
    print(where(v))
class C:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
match C():
    case C(1): print("ok")
try:
    match 5:
        case int(1, 2): pass
except TypeError as e:
    print(e)
try:
    match Point(1,2):
        case Point(1, 2, 3): pass
except TypeError as e:
    print(e)
