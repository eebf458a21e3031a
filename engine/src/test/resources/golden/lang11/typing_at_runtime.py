from typing import NamedTuple, TypedDict, Protocol, runtime_checkable, Optional, Union, List, Dict, get_type_hints, get_origin, get_args, Literal, Any, Callable, TypeVar, Generic, Final, ClassVar
import typing

class Pt(NamedTuple):
    x: int
    y: int = 0
    def norm(self):
        return abs(self.x) + abs(self.y)

class Movie(TypedDict, total=False):
    title: str
    year: int

@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...

class NotRC(Protocol):
    def run(self) -> int: ...

class F:
    def close(self):
        pass

p = Pt(3, -4)
print(p, p.norm(), p._asdict(), p._replace(y=1), Pt._fields, Pt._field_defaults)
m: Movie = {"title": "x"}
print(m, Movie.__total__, sorted(Movie.__annotations__), type(m))
print(isinstance(F(), Closer), isinstance(1, Closer))
try:
    isinstance(F(), NotRC)
except TypeError as e:
    print("TypeError:", e)
try:
    Closer()
except TypeError as e:
    print("TypeError:", e)
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), get_origin(Union[int, str]))
print(Optional[int], Union[int, str, None], List[Dict[str, int]], Callable[[int], str], Literal["a", 1])
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v
print(Box[int], Box(1).v, Box.__parameters__, T)
def f(a: int, b: "str" = "x") -> Optional[int]:
    return None
print(get_type_hints(f))
print(int | None, list[int], dict[str, list[int]], (int | str).__args__)
print(isinstance(3, int | str), issubclass(bool, int | None))
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
print(typing.cast(int, "x"), typing.TYPE_CHECKING)
class C:
    x: ClassVar[int] = 1
    y: Final = 2
print(C.__annotations__)
