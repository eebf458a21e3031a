from dataclasses import dataclass, field, replace, asdict, astuple, fields, FrozenInstanceError, InitVar, KW_ONLY
import dataclasses

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False, repr=False)

@dataclass(frozen=True)
class Coord:
    lat: float
    lon: float = 0.0

@dataclass
class Inventory:
    name: str
    items: list = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False)
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = len(self.items) * scale

@dataclass
class Options:
    path: str
    _: KW_ONLY
    verbose: bool = False
    depth: int = 1

vs = sorted([Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, label="rc")])
print(vs)
print(Version(1, 2) == Version(1, 2, label="x"), Version(1) < Version(1, 0, 1))
c = Coord(1.5)
try:
    c.lat = 2
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(hash(c) == hash(Coord(1.5, 0.0)), replace(c, lon=3.0))
inv = Inventory("box", ["a", "b"], scale=3)
print(inv, inv.total)
print(asdict(inv), astuple(Coord(1, 2)))
print([f.name for f in fields(Inventory)])
print(Options("p", verbose=True))
try:
    Options("p", True)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad2:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    replace(inv, total=5)
except ValueError as e:
    print("ValueError:", e)
print(dataclasses.is_dataclass(inv), dataclasses.is_dataclass(Inventory), dataclasses.is_dataclass(1))
P = dataclasses.make_dataclass("P", [("x", int), ("y", int, field(default=0))])
print(P(1), P.__name__)
print(Version.__match_args__, Coord.__dataclass_params__.frozen if hasattr(Coord, "__dataclass_params__") else None)
