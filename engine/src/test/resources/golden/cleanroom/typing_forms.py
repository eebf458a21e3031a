import typing
from typing import *
from typing import Annotated, get_type_hints, get_origin, get_args
import collections.abc

def attempt(f):
    try:
        print('ok', repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

T = TypeVar('T')
U = TypeVar('U')
P = ParamSpec('P')
for form in (Any, NoReturn, Never, Self, LiteralString, TypeAlias, ClassVar, Final, Union, Optional, Literal,
             Concatenate, TypeGuard, Required, NotRequired, Unpack):
    print(repr(form), end=' ')
print()
for form in ('NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias'):
    attempt(lambda: getattr(typing, form)[int])
attempt(lambda: ClassVar[int, str])
attempt(lambda: Final[(int, str)])
attempt(lambda: Optional[int, str])
attempt(lambda: Union[()])
attempt(lambda: Concatenate[()])
attempt(lambda: Union[int, 3])
attempt(lambda: Union[ClassVar[int], str])
attempt(lambda: isinstance(3, Union))
attempt(lambda: issubclass(int, Optional))
attempt(lambda: Union())
attempt(lambda: isinstance(1, Any))
attempt(lambda: Any())
def sub():
    class X(Union): pass
attempt(sub)
def sub2():
    class X(ClassVar[int]): pass
attempt(sub2)
class MyAny(Any):
    pass
print(type(MyAny()).__name__, repr(MyAny)[-7:])
print(ClassVar[int], Final[str], TypeGuard[int], Required[int], NotRequired[str], Unpack[T], Concatenate[int, P])
print(Union[int, str, int], Union[int, Union[str, bytes]], Union[int], Union[None, int], Union[int, None, str])
print(Optional[Optional[int]], Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]))
print(Union[int, str] | None, int | Optional[str], Literal[1, 2, 1], Literal[1] == Literal[1], Literal['x', 'y'] == Literal['y', 'x'])
print(List[int] == List[int], List[int] == List[str], hash(List[int]) == hash(List[int]), List[int] | None)
print(List[T][int], Dict[T, U][str, int], Dict[str, T][List[int]], List[T].__parameters__, Dict[T, List[U]].__parameters__)
attempt(lambda: List[int][str])
attempt(lambda: Dict[T, U][int])
attempt(lambda: List[int, str])
attempt(lambda: Dict[int])
attempt(lambda: List[3])
attempt(lambda: isinstance([], List[int]))
attempt(lambda: issubclass(list, Dict[str, int]))
print(issubclass(list, List), issubclass(dict, Mapping), isinstance((), Tuple), issubclass(List, Sequence) if False else '')
attempt(lambda: List())
attempt(lambda: Dict())
print(Deque(), DefaultDict(int), Counter('aab'), List.__origin__, Dict._name if hasattr(Dict, '_name') else '')
attempt(lambda: typing.List[int]())
print(typing.Deque[int]([1]), typing.DefaultDict[str, int](int)['z'])
print(Tuple[int, ...], Tuple[()], Tuple[int, str], Tuple[int], Tuple[int, ...] == Tuple[int, ...])
print(Callable[[], int], Callable[[int, str], None], Callable[..., T][int], Callable[[T], T][str])
attempt(lambda: Callable[int])
attempt(lambda: Callable[[int], 3])
print(get_args(Callable[[int, str], bool]), get_args(Callable[..., int]), get_origin(Callable[[int], int]))
print(get_origin(Literal[1]), get_args(Literal[1, 'a']), get_origin(Union[int, str]), get_args(int | str), get_origin(int | str))
print(get_origin(Annotated[int, 'meta']), get_args(Annotated[int, 'a', 2]), get_origin(Generic), get_origin(int), get_args(int))
print(get_origin(list[int]), get_args(dict[str, int]), get_origin(List), get_args(List), get_origin(ClassVar[int]), get_args(Tuple[int, ...]))
print(Annotated[int, 'x'], Annotated[List[int], 1, 2], Annotated[Annotated[int, 1], 2] if False else '')
attempt(lambda: Annotated[int])
attempt(lambda: Annotated())

class Box(Generic[T]):
    pass
class Pair(Generic[T, U]):
    pass
print(Box[int], Pair[int, str], Box[List[T]], Box[int] == Box[int], Box.__parameters__, Pair[int, str].__origin__)
attempt(lambda: Box[int, str])
attempt(lambda: Box[int][str])
attempt(lambda: Generic[int])
attempt(lambda: Generic[T, T])
attempt(lambda: Generic[()])
def plain():
    class P(Generic): pass
attempt(plain)
class IntBox(Box[int]):
    pass
class Sub(Box[T], Pair[T, int]):
    pass
print(IntBox.__parameters__, Sub.__parameters__, IntBox.__orig_bases__, IntBox.__mro__)
attempt(lambda: IntBox[int])
b = Box[int]()
print(type(b).__name__, b.__orig_class__)

class Proto(Protocol):
    def meth(self) -> int: ...
@runtime_checkable
class RProto(Protocol):
    x: int
    def meth(self) -> int: ...
class Impl:
    x = 1
    def meth(self):
        return 1
class Half:
    def meth(self):
        return 1
print(isinstance(Impl(), RProto), isinstance(Half(), RProto), issubclass(Impl, RProto) if False else '')
attempt(lambda: isinstance(Impl(), Proto))
attempt(lambda: Proto())
attempt(lambda: runtime_checkable(Impl))
class Concrete(Proto):
    def meth(self):
        return 5
print(Concrete().meth(), isinstance(Concrete(), Proto) if False else '', Proto._is_protocol, Concrete._is_protocol)
print(isinstance(3, SupportsInt), isinstance('a', SupportsInt), isinstance(2.0, SupportsFloat), isinstance(3, SupportsIndex))

class Node:
    value: 'int'
    next: 'Optional[Node]'
    other: None
def fn(a: 'List[int]', b: 'Node' = None, *, c: Annotated[int, 'm'] = 0) -> 'str':
    return ''
print(get_type_hints(Node))
print(get_type_hints(fn))
print(get_type_hints(fn, include_extras=True))
class Child(Node):
    extra: Dict[str, 'Node']
print(get_type_hints(Child))
attempt(lambda: get_type_hints(3))
print(get_type_hints(lambda: None), get_type_hints(typing.ForwardRef))
def bad(a: 'Undefined'):
    pass
attempt(lambda: get_type_hints(bad))
print(ForwardRef('int'), ForwardRef('x') == ForwardRef('x'), List['int'], Optional['Node'])
attempt(lambda: ForwardRef(3))
attempt(lambda: ForwardRef('1 +'))
print(T, TypeVar('Co', covariant=True), TypeVar('Contra', contravariant=True), TypeVar('B', bound=int).__bound__, TypeVar('C', int, str).__constraints__)
attempt(lambda: TypeVar('X', covariant=True, contravariant=True))
attempt(lambda: TypeVar('X', int))
attempt(lambda: TypeVar('X', int, str, bound=int))
print(T | None, Optional[T], List[T] | int, T.__module__)
