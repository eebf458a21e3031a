"""Docstring first."""
from __future__ import annotations
import __future__
from dataclasses import dataclass, field
from typing import ClassVar, Optional, get_type_hints

print(__future__.annotations, __future__.all_feature_names[-1])
print(annotations)

class Node:
    value: int
    next: Optional[Node] = None
    tags: list[str] | None
    counter: ClassVar[int] = 0

    def link(self, other: Node, *args: int, flag: bool = True, **kw: dict[str, 'Node']) -> Node | None:
        return other

print(Node.__annotations__)
print(Node.link.__annotations__)

def f(a: 1 + 2 * 3, b: (1 + 2) * 3, c: -x ** 2, d: (-x) ** 2, e: x ** -y, g: not a and b or c,
      h: a if b else c, i: lambda: 0, j: lambda x, y=1, *a, k, **kw: x, k: [1, 2.5, 'a', b"b", None, True, ...],
      l: {'a': 1, **d}, m: {1, 2}, n: (), o: (1,), p: (1, 2), q: x[1:2, ::3], r: f(*a, k=1, **kw),
      s: 1e400, t: a < b <= c is not d not in e, u: a.b.c[0](1).d, v: [x for x in y if x], w: {k: v for k, v in z},
      y: (x for x in y), z: f(x for x in y), aa: f"{x!r:>{w}} and {{b}}", bb: 1 .real, cc: a @ b // c % d,
      dd: a | b ^ c & d << e >> f, ee: await_ if x else y, ff: tuple[int, ...], gg: x[()], hh: x[(1, 2)],
      ii: lambda *a: 0, jj: -1, kk: ~x, ll: +x, mm: 'it\'s', nn: "q\"q", oo: 1j, pp: -0.0, qq: 10**20):
    pass

for k, v in f.__annotations__.items():
    print(k, repr(v))

@dataclass
class P:
    x: int
    y: float = 0.0
    z: list[int] = field(default_factory=list)
    k: ClassVar[int] = 5

print(P(1), P.__annotations__)
x: int = 5
print(__annotations__)
