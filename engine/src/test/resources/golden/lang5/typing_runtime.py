from typing import (get_type_hints, TypedDict, Protocol, Generic, TypeVar, Optional, Union, List, Dict,
    Callable, Any, Literal, Tuple, runtime_checkable, NamedTuple, get_origin, get_args, ClassVar, Final, Annotated, Iterable, Sequence)
T = TypeVar("T")
K = TypeVar("K", bound=int)
class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
print(Box[int], Box[int]().__class__ if False else "", Box.__parameters__, T, K, repr(K.__bound__))
print(Optional[int], Union[int, str], Union[int, None, str], List[int], Dict[str, List[int]], Callable[[int, str], bool], Callable[..., int])
print(Literal["a", 1], Tuple[int, ...], Tuple[()], list[int], dict[str, int | None], int | str, type(int | str))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]), get_args(Callable[[int], str]))
print(Annotated[int, "meta"], get_args(Annotated[int, "meta"]), ClassVar[int], Final[str])
def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Box[int]:
    pass
print(get_type_hints(f))
print(f.__annotations__)
class Movie(TypedDict):
    title: str
    year: int
class Movie2(Movie, total=False):
    rating: float
m: Movie = {"title": "x", "year": 1}
print(m, sorted(Movie.__required_keys__), sorted(Movie2.__optional_keys__), Movie2.__total__, type(m))
print(get_type_hints(Movie2))
M3 = TypedDict("M3", {"a": int, "b": str})
print(M3(a=1, b="x"), M3.__annotations__)
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable))
class NotRC(Protocol):
    def x(self): ...
try:
    isinstance(1, NotRC)
except TypeError as e:
    print(e)
try:
    NotRC()
except TypeError as e:
    print(e)
class Pt(NamedTuple):
    x: int
    y: int = 0
print(Pt(1), Pt._fields, Pt._field_defaults, Pt.__annotations__)
class C:
    a: int
    b: ClassVar[str] = "k"
    c: "List[int]"
print(get_type_hints(C))
print(C.__annotations__)
try:
    Box[int, str]
except TypeError as e:
    print(e)
try:
    Union[int]
    print(Union[int])
except TypeError as e:
    print(e)
print(Optional[Union[int, str]], List["Box"], Sequence[int], Iterable)
class Pair(Generic[T, K]): pass
print(Pair[str, int], Pair.__mro__)
print(T.__name__, T.__constraints__, TypeVar("S", int, str).__constraints__)
print(repr(Any), repr(None | int), Literal[1] == Literal[1], Union[int, str] == Union[str, int])
