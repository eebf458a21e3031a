# Callable takes a ParamSpec, or Concatenate[..., P], for its whole parameter list, and the
# alias lists the ParamSpec among its parameters (as decorators that keep a signature write).
import functools
from typing import Callable, Concatenate, ParamSpec, TypeVar, Awaitable

P = ParamSpec("P")
R = TypeVar("R")

c = Callable[P, R]
print(c, c.__args__, c.__parameters__)
c2 = Callable[Concatenate[int, P], R]
print(c2, c2.__args__, c2.__parameters__)
print(Concatenate[int, P], Concatenate[int, P].__parameters__)
print(Callable[..., Awaitable[R]], Callable[[int, str], R].__parameters__)

def logged(func: Callable[P, R]) -> Callable[P, R]:
    @functools.wraps(func)
    def inner(*args: P.args, **kwargs: P.kwargs) -> R:
        print("calling", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return inner

@logged
def add(a: int, b: int = 2) -> int:
    return a + b

print(add(1, b=5), logged.__annotations__)
print(P.args, P.kwargs, P.args.__origin__ is P)
