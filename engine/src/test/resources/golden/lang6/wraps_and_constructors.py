# functools.wraps copies __annotations__ too (and honours assigned/updated); built-in types
# that cannot be instantiated say so, the singletons' types return the singleton.
import functools
import types


def deco(f):
    @functools.wraps(f)
    def wrapper(*a, **k):
        """wrapper doc"""
        return f(*a, **k)
    return wrapper


@deco
def hello(name: str, times: int = 1) -> str:
    """Say hello."""
    return 'hi ' * times + name


print(hello.__name__, hello.__doc__, hello.__annotations__, hello.__wrapped__.__name__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def only_name(f):
    def inner():
        return f()
    return functools.update_wrapper(inner, f, assigned=('__name__',), updated=())


def original():
    """doc kept out"""
    return 1


original.flag = True
w = only_name(original)
print(w.__name__, w.__doc__, hasattr(w, 'flag'), w.__wrapped__ is original)


def merged(f):
    @functools.wraps(f, updated=('__dict__',))
    def inner():
        return f()
    return inner


print(merged(original).flag)


class CallCounter:
    def __init__(self, func):
        functools.update_wrapper(self, func)
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.__wrapped__(*args)


@CallCounter
def square(x: int) -> int:
    """Square it."""
    return x * x


print(square(3), square(4), square.calls, square.__name__, square.__doc__, square.__annotations__)


def gen():
    yield 1


async def co():
    pass


for t in (types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.FrameType,
          type(iter([])), type(iter(())), type(iter({})), type(len), types.FunctionType, types.CodeType,
          types.TracebackType):
    try:
        t()
        print(t.__name__, "created")
    except TypeError as e:
        print(e)
print(repr(type(...)()), repr(type(NotImplemented)()), type(None)())
for t, args in ((type(...), (1,)), (type(NotImplemented), (1,)), (types.CellType, (1, 2)), (types.FunctionType, (1,))):
    try:
        t(*args)
    except TypeError as e:
        print(e)
cell = types.CellType(5)
print(cell.cell_contents, repr(types.CellType()).split(' at ')[0])
try:
    object.__new__(types.GeneratorType)
except TypeError as e:
    print(e)
