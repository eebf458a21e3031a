from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

@dataclass
class Circle:
    center: Point
    r: float

def describe(shape):
    match shape:
        case Point(x=0, y=0):
            return "origin"
        case Point(x=0, y=y) | Point(x=y, y=0):
            return f"on an axis at {y}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=c, r=r):
            return f"circle r={r} center={c}"
        case [Point() as p, *rest]:
            return f"list starting with {p} and {len(rest)} more"
        case {"kind": "square", "side": int(side)} if side > 0:
            return f"square {side}"
        case {"kind": k, **other}:
            return f"dict kind {k} extra {sorted(other)}"
        case str() | bytes() as text:
            return f"text {text!r}"
        case (1 | 2 | 3) as small:
            return f"small {small}"
        case float(f) if f != f:
            return "nan"
        case None:
            return "nothing"
        case _:
            return f"unknown {type(shape).__name__}"

for s in [Point(0, 0), Point(0, 5), Point(7, 0), Circle(Point(1, 2), 11), Circle(Point(1, 2), 1),
          [Point(1, 1), 2, 3], {"kind": "square", "side": 3}, {"kind": "square", "side": -1, "c": 1}, "hi", b"b",
          2, float("nan"), None, 3.5, (Point(0, 0),)]:
    print(describe(s))

data = [5, 12, 7, 30, 2]
if (n := len(data)) > 3:
    print(f"list has {n} elements")
print([y for x in data if (y := x * 2) > 10], y)
chunks = iter(data)
while (chunk := next(chunks, None)) is not None:
    print(chunk, end=" ")
print()

class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"

def step(i):
    if i == 2:
        raise AppError(42, "step two failed")
    if i == 3:
        return 1 / 0
    return i

for i in range(5):
    try:
        print("ok", step(i))
    except AppError as e:
        print("AppError:", e, e.code, repr(e), e.args)
    except ArithmeticError as e:
        print(type(e).__mro__[1].__name__, e)
    else:
        print("  no error")
    finally:
        print("  finally", i)

try:
    try:
        {}["missing"]
    except KeyError as e:
        raise ValueError("lookup failed") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try:
        int("x")
    except ValueError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__)
e = ValueError("base")
e.add_note("note one")
e.add_note("note two")
print(e.__notes__, str(e))
try:
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
except* ValueError as g:
    print("values:", g.exceptions)
except* TypeError as g:
    print("types:", g.exceptions)
def gen_error():
    try:
        yield 1
    except GeneratorExit:
        print("cleanup on close")
        raise
g = gen_error(); next(g); g.close()
import traceback
try:
    step(3)
except ZeroDivisionError:
    lines = traceback.format_exc().splitlines()
    print(lines[0], "|", lines[-1], "|", len(lines))
print(traceback.format_exception_only(KeyError("k")), isinstance(AppError(1, "m"), Exception), issubclass(KeyError, LookupError))
