from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Circle:
    __match_args__ = ("center", "r")
    def __init__(self, center, r):
        self.center, self.r = center, r

def describe(obj):
    match obj:
        case Point(x=0, y=0):
            return "origin"
        case Point(x, 0) if x > 0:
            return f"on +x axis at {x}"
        case Point(x, y) if x == y:
            return f"diagonal {x}"
        case Circle(Point(x, y), r=r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(c, r):
            return f"circle {c} r={r}"
        case [Point() as p, *rest]:
            return f"points starting {p}, {len(rest)} more"
        case {"type": "user", "name": str(name), **extra}:
            return f"user {name} extra={sorted(extra)}"
        case {"type": t}:
            return f"typed {t}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case int(n) | float(n) if n < 0:
            return f"negative {n}"
        case str() as s if s.isdigit():
            return "digits"
        case [x, y, *_] if isinstance(x, int):
            return f"seq {x} {y}"
        case None | True | False:
            return f"singleton {obj}"
        case _:
            return f"other {type(obj).__name__}"

for o in [Point(0, 0), Point(3, 0), Point(2, 2), Point(1, 5), Circle(Point(1, 2), 20), Circle(Point(0, 1), 3),
          [Point(1, 1), 2, 3], {"type": "user", "name": "ann", "age": 3, "id": 1}, {"type": "admin"},
          2, -1.5, "123", "abc", (7, 8, 9), None, True, b"x", {"name": 1}]:
    print(describe(o))

try:
    match Point(1, 2):
        case Point(a, b, c):
            pass
except TypeError as e:
    print("TypeError:", e)

class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print("TypeError:", e)

match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)

match "hello world".split():
    case [first, *middle, last]:
        print(first, middle, last)
