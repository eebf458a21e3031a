from contextlib import contextmanager, suppress, nullcontext
from dataclasses import dataclass, field, asdict, replace
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("inside", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
with suppress(KeyError):
    {}["x"]
print("suppressed")
with nullcontext(5) as v:
    print(v)
@dataclass
class Item:
    name: str
    price: float = 1.0
    tags: list = field(default_factory=list)
a = Item("x")
b = Item("y", 2.5, ["t"])
print(a, b, a == Item("x"), asdict(b), replace(a, price=9))
@dataclass(order=True, frozen=True)
class P:
    x: int
    y: int = 0
print(sorted([P(2), P(1, 5)]), P(1) < P(2))
try:
    P(1).x = 5
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print(e)
