from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center = center
        self.r = r

def describe(s):
    match s:
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Point(x=x, y=y):
            return f"point {x},{y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r=r):
            return f"circle {c} r={r}"
        case [Point() as p, *rest]:
            return f"list starting with {p} and {len(rest)} more"
        case {"kind": "sq", "side": int(side)} | {"kind": "square", "side": int(side)}:
            return f"square {side}"
        case {"kind": k, **others}:
            return f"kind {k} others {others}"
        case str() | bytes():
            return "text"
        case int(n) | float(n) if n < 0:
            return "negative"
        case bool(b):
            return f"bool {b}"
        case int(n):
            return f"int {n}"
        case _:
            return "other"

for s in [Point(0,0), Point(0,5), Point(3,3), Point(1,2), Circle(Point(1,1), 20),
          Circle(Point(2,2), 1), [Point(1,1), 2, 3], {"kind": "sq", "side": 4},
          {"kind": "square", "side": 5}, {"kind": "tri", "a": 1, "b": 2}, "hi", b"x", -3, -2.5, True, 7, None, 2.5]:
    print(describe(s))

class NoArgs:
    pass

for bad in ["NoArgs(1)", "Point(1, 2, 3)", "Circle(1, center=2)"]:
    try:
        exec(f"match NoArgs() if 'NoArgs(' in {bad!r} else (Point(1,2) if 'Point' in {bad!r} else Circle(1,2)):\n    case {bad}:\n        pass")
    except TypeError as e:
        print("TypeError:", e)

class Bad:
    __match_args__ = ["a"]
try:
    match Bad():
        case Bad(x):
            pass
except TypeError as e:
    print("TypeError:", e)

try:
    match 5:
        case str.upper():
            pass
except TypeError as e:
    print("TypeError:", e)

match (1, 2, 3):
    case (a, *b, c):
        print(a, b, c)
match "abc":
    case [*_]:
        print("seq")
    case _:
        print("str not seq")
import collections
match collections.OrderedDict(a=1):
    case {"a": 1}:
        print("mapping")
match 3:
    case 1 | 2 | 3 as n:
        print("n", n)
x = 5
class K:
    V = 5
match x:
    case K.V:
        print("value pattern")
match -1:
    case -1:
        print("neg literal")
match 1+2j:
    case 1+2j:
        print("complex literal")
