import collections.abc
import typing
from typing import *

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar('T')
U = TypeVar('U')
P = ParamSpec('P')
print(P, ParamSpec('Q', covariant=True), P.args, P.kwargs, P.args == P.args, get_origin(P.args) is P)
print(Literal[1, True, 1], Literal[Literal[1, 2], 3], Literal[1] == Literal[True])
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], get_args(Annotated[Annotated[int, 1], 2]))
print(get_args(collections.abc.Callable[[int], str]), get_args(collections.abc.Callable[..., str]))
print(get_type_hints(lambda: None), Optional[ClassVar] if False else '')
attempt(lambda: Union[ClassVar, int])
attempt(lambda: List[Final])
attempt(lambda: Optional[Generic])
attempt(lambda: List[Union])
attempt(lambda: Union[int, ()])
def some():
    class X(Generic[T], List[U]):
        pass
attempt(some)
def twice():
    class X(Generic[T], Generic[U]):
        pass
attempt(twice)
class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__), Movie.__total__)
class Strict(TypedDict):
    a: int
    b: NotRequired[int]
print(sorted(Strict.__required_keys__), sorted(Strict.__optional_keys__), is_typeddict(Strict), is_typeddict(dict))
attempt(lambda: isinstance({}, Strict))
Pt = NamedTuple('Pt', [('x', int), ('y', float)])
print(Pt(1, 2.0), Pt.__annotations__, Pt._fields, Pt.__module__)
Pt2 = NamedTuple('Pt2', x=int)
print(Pt2(5))
def nt_bad():
    class B(NamedTuple):
        a: int = 1
        b: int
attempt(nt_bad)
def nt_bad2():
    class B(NamedTuple):
        a: int
        def _asdict(self):
            return {}
attempt(nt_bad2)
class Emp(NamedTuple):
    name: str
    dept: str = 'x'
    def show(self):
        return self.name + '/' + self.dept
print(Emp('a').show(), Emp.__qualname__, Emp._field_defaults)
UserId = NewType('UserId', int)
print(UserId, UserId.__supertype__, UserId | None, UserId(3))
def sub_nt():
    class X(UserId):
        pass
attempt(sub_nt)
print(ForwardRef('x') | int, T | int, int | T)
print(SupportsAbs.__abstractmethods__, SupportsRound.__module__, SupportsInt.__name__, SupportsBytes.__qualname__)
print(isinstance(3, SupportsAbs), isinstance('s', SupportsRound), isinstance(1, SupportsComplex))
@runtime_checkable
class HasLen(Protocol):
    def __len__(self) -> int: ...
print(isinstance([], HasLen), isinstance(3, HasLen), issubclass(list, HasLen), issubclass(int, HasLen))
class Gen(Protocol[T]):
    def get(self) -> T: ...
print(Gen[int], Gen.__parameters__)
print(Tuple[int, ...][()] if False else '', Dict[str, T][int], Callable[[T], U][int, str], Callable[P, int] if False else '')
print(typing.List[int].__origin__, typing.List[int]._name, Union[int, str].__args__, typing.Optional[int].__args__)
print(typing.Union.__name__ if hasattr(typing.Union, '__name__') else '-', typing.ClassVar._name)
