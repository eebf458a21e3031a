from dataclasses import dataclass, field, asdict, astuple, replace, FrozenInstanceError
import dataclasses

@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)

vs = [Version(1, 2), Version(1, 0, 5), Version(0, 9, label="beta"), Version(1, 2, label="x")]
print(sorted(vs))
print(Version(1, 2) == Version(1, 2, label="other"))
print(hash(Version(1, 2)) == hash(Version(1, 2, label="q")))
v = Version(2)
try:
    v.major = 3
except FrozenInstanceError as e:
    print(type(e).__name__, e)
print(replace(v, minor=7))
print(asdict(v), astuple(v))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    count: int = field(init=False, default=0)
    secret: str = field(default="s", repr=False)
    def __post_init__(self):
        self.count = len(self.items)

inv = Inventory(["a", "b"])
print(inv, inv.count)
print([f.name for f in dataclasses.fields(inv)])
try:
    @dataclass
    class Broken:
        a: int = 1
        b: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Mutable:
        xs: list = []
except ValueError as e:
    print("ValueError:", e)
try:
    Inventory(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(inv), dataclasses.is_dataclass(Inventory), dataclasses.is_dataclass(1))
