from typing import List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, Protocol, NamedTuple, TypedDict, Literal, Any, Iterator, Sequence, get_type_hints, get_origin, get_args, cast, overload, Final, runtime_checkable
T = TypeVar("T")
class Stack(Generic[T]):
    def __init__(self) -> None: self.items: List[T] = []
    def push(self, x: T) -> None: self.items.append(x)
    def pop(self) -> T: return self.items.pop()
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal["a", 1])
print(get_origin(List[int]), get_args(Dict[str, int]), get_args(Optional[int]), Union[int, None] == Optional[int])
print(list[int], dict[str, list[int]], int | str, type(int | None), (int | str) == Union[int, str])
class Pt(NamedTuple):
    x: int
    y: int = 0
p = Pt(1); print(p, p._asdict(), p._replace(y=3), Pt._fields, Pt._field_defaults, p[0], isinstance(p, tuple))
class Movie(TypedDict):
    title: str
    year: int
m: Movie = {"title": "x", "year": 1}; print(m)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def f(a: int, b: "str" = "x") -> Optional[List[int]]: return None
print(get_type_hints(f), f.__annotations__)
print(cast(int, "x"), T, TypeVar("U", bound=int), TypeVar("V", int, str).__constraints__)
@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x): return x
print(g(1), Any, Final[int], Iterator[int], Sequence[str])
try:
    Stack[int, str]
except TypeError as e: print(e)
try: Pt(1, 2, 3)
except TypeError as e: print(e)
print(repr(Optional[List[Dict[str, int]]]), Callable[..., int], Union[int])
