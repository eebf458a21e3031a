from typing import NamedTuple, TypedDict, Optional, Union, Protocol, runtime_checkable, Any, Literal, Final
class Point(NamedTuple):
    x: int
    y: int = 0
p = Point(1)
print(p, p._asdict(), p._replace(y=5), Point._fields, Point._field_defaults, p[0], p.x + p.y)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 3
except AttributeError as e:
    print("AttributeError:", e)
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1999}
print(m, type(m).__name__, Movie.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
print(Optional[int], Union[int, str], Union[int, None] == Optional[int], Literal["a", "b"], Any)
def f(x: Optional[int] = None) -> Union[int, str]:
    return x or "none"
print(f.__annotations__, f(), f(3))
MAX: Final = 10
print(MAX, __annotations__)
from collections import namedtuple
Pair = namedtuple("Pair", "left right")
print(Pair(1, 2), Pair._make([3, 4]), Pair(left=1, right=2) == (1, 2))
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a def")
except ValueError as e:
    print("ValueError:", e)
try:
    Pair(1)
except TypeError as e:
    print("TypeError:", e)
