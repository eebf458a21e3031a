from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Circle:
    center: Point
    r: float
def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} at {c}"
        case [Point() as p, *rest]:
            return f"list starting with {p} and {len(rest)} more"
        case {"kind": "square", "side": side, **others}:
            return f"square {side} extra={others}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case (1, 2) | [3, 4]:
            return "pair"
        case _:
            return "unknown"
for v in [Point(0, 0), Point(0, 5), Point(3, 3), Circle(Point(1, 2), 11), Circle(Point(0, 1), 2),
          [Point(1, 2), 3, 4], {"kind": "square", "side": 2, "color": "red"}, "hi", b"b", -3, -2.5, 5,
          (1, 2), [3, 4], (3, 4, 5)]:
    print(describe(v))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)
class Two:
    __match_args__ = ("a",)
    def __init__(self): self.a = 1
try:
    match Two():
        case Two(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match Two():
        case Two(1, a=1):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case len(x):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1}:
    case {"a": 1, "b": _}:
        print("no")
    case {"a": v}:
        print("got", v)
match 42:
    case 41 | 42 as hit:
        print("hit", hit)
import enum
class C(enum.Enum):
    R = 1
    G = 2
match C.G:
    case C.R:
        print("red")
    case C.G:
        print("green")
