# collections.abc.Callable / typing.Callable recognise functools.partial, classes and staticmethod.
import collections.abc as cabc
import functools
import typing

p = functools.partial(max, 1)
for obj in (p, int, staticmethod(len), len, print, lambda: 0, [].append, 3, 'x', classmethod(len), type):
    print(type(obj).__name__, isinstance(obj, cabc.Callable), isinstance(obj, typing.Callable), callable(obj))
print(p(5), issubclass(functools.partial, cabc.Callable), issubclass(type, cabc.Callable))
