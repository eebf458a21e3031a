from typing import get_type_hints, List, Optional, Dict, ForwardRef
import typing
class Node:
    value: int
    next: "Optional[Node]"
    kids: List["Node"]
    data: "dict[str, int]"
def f(a: "int", b: "List[Node]" = None) -> "Node":
    pass
print(get_type_hints(Node))
print(get_type_hints(f))
def g(x: "list[Node]") -> None: pass
print(get_type_hints(g))
r = ForwardRef("Node")
print(r, r.__forward_arg__)
class A:
    b: "B"
class B:
    a: A
print(get_type_hints(A), get_type_hints(B))
try:
    ForwardRef("x y")
except SyntaxError as e:
    print("SyntaxError", e)
def bad(x: "Missing"): pass
try:
    get_type_hints(bad)
except NameError as e:
    print("NameError", e)
def n1(x: "1"): pass
try:
    get_type_hints(n1)
except TypeError as e:
    print("TypeError", e)
print(get_type_hints(bad, localns={"Missing": int}))
