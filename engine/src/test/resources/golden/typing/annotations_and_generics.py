from typing import (Any, List, Dict, Set, Tuple, Optional, Union, Callable, Awaitable, Coroutine, TypeVar, Generic,
                    Protocol, Iterator, Iterable, AsyncIterator, NamedTuple, TypedDict, Literal, Final, ClassVar, cast,
                    overload, TYPE_CHECKING, Sequence, Mapping, runtime_checkable, get_type_hints, get_origin, get_args,
                    NewType, AsyncGenerator, Generator, Type, FrozenSet, Deque, DefaultDict)
import typing
T = TypeVar('T')
K = TypeVar('K', bound=str)
print(T, K, repr(T), T.__name__)
print(List[int], Dict[str, int], Optional[int], Union[int, str], Union[int, None], Callable[[int, str], bool], Callable[..., Any])
print(Awaitable[int], Coroutine[Any, Any, int], Tuple[int, ...], Set[str], List, Any, Iterator[T], Literal['a', 'b'], Type[int])
print(Optional[List[int]], Dict[str, List[Tuple[int, str]]], FrozenSet[int], AsyncIterator[bytes])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
s = Stack[int]()
s.push(3); print(s.pop(), Stack[int], Stack.__mro__, type(s))
class Point(NamedTuple):
    x: int
    y: int = 0
    def norm(self) -> float:
        return (self.x ** 2 + self.y ** 2) ** 0.5
p = Point(3, 4)
print(p, p.norm(), Point(1), Point._fields, Point.__annotations__, isinstance(p, tuple))
class Movie(TypedDict):
    title: str
    year: int
m = Movie(title="X", year=1999)
print(m, type(m), Movie.__annotations__)
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
def greet(name: str, times: int = 1) -> str:
    return name * times
print(greet.__annotations__, get_type_hints(greet))
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]))
UserId = NewType('UserId', int)
print(UserId(5), UserId, cast(int, "x"), TYPE_CHECKING)
async def fetch(url: str) -> Dict[str, Any]:
    return {}
def handler(cb: Callable[[int], Awaitable[None]]) -> Optional[Coroutine[Any, Any, None]]:
    return None
print(handler.__annotations__['cb'], fetch.__annotations__)
x: Final = 3
class C:
    count: ClassVar[int] = 0
    name: str
print(C.__annotations__, x)
print(isinstance([], typing.List), issubclass(list, typing.Sequence), isinstance({}, Mapping))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x):
    return x
print(f(1), int | str, list[int] | None, Optional[int] == Union[int, None])
def gen() -> Generator[int, None, str]:
    yield 1
    return "x"
print(list(gen()), typing.Text, typing.AnyStr)
