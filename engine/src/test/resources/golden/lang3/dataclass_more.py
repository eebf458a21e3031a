from dataclasses import dataclass, field, fields, asdict
from typing import ClassVar, List
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    def total(self):
        return self.price * self.qty
@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)
    def add(self, item):
        self.items.append(item)
        return self
o = Order(1).add(Item("pen", 1.5, 2)).add(Item("ink", 3.0, tags=["blue"]))
print(o)
print(sum(i.total() for i in o.items), asdict(o)["items"][1]["tags"], [f.name for f in fields(Item)], Item.count)
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Item("a", 2), Item("a", 1) != ("a", 1, 1, []))
try:
    Item("x")
except TypeError as e:
    print("TypeError:", e)
try:
    Item(name="x", price=1, colour="red")
except TypeError as e:
    print("TypeError:", e)
try:
    Item("x", 1, name="y")
except TypeError as e:
    print("TypeError:", e)
try:
    Item(1, 2, 3, [], 5)
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Child(Item):
    size: str = "M"
print(Child("shirt", 10.0), [f.name for f in fields(Child)])
import inspect
print(inspect.signature(Child), Child.__init__.__qualname__, Child.__init__.__name__)
@dataclass(frozen=True)
class Frozen:
    a: int
    def __post_init__(self):
        if self.a < 0:
            raise ValueError("a must be >= 0")
print(Frozen(1), hash(Frozen(1)) == hash(Frozen(1)))
try:
    Frozen(-1)
except ValueError as e:
    print("ValueError:", e)
@dataclass
class WithSelf:
    self: int
    other: int = 2
print(WithSelf(1), inspect.signature(WithSelf))
@dataclass
class Validated:
    age: int
    def __post_init__(self):
        if not isinstance(self.age, int):
            raise TypeError(f"age must be int, not {type(self.age).__name__}")
Validated("ten")
