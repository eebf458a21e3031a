from __future__ import annotations
from typing import get_type_hints, Annotated, Optional, Union, Callable, ClassVar
from dataclasses import dataclass, fields
import typing

@dataclass
class Point:
    x: int
    y: float = 0.0
    tags: list[str] = None
    scale: ClassVar[int] = 2

print(get_type_hints(Point))
print([(f.name, f.type) for f in fields(Point)])
def h(a: Annotated[int, "meta"], b: Optional[str] = None, c: int | None = None) -> Callable[[int], str]:
    pass
print(get_type_hints(h))
print(get_type_hints(h, include_extras=True))
print(h.__annotations__)
class Tree:
    left: Tree | None
    right: Union[Tree, None]
    def walk(self) -> list[Tree]: ...
print(get_type_hints(Tree))
print(get_type_hints(Tree.walk))
import sys
print(get_type_hints(sys.modules[__name__]))
