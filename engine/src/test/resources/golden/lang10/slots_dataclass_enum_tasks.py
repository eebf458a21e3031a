from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
from enum import Enum, IntEnum, Flag, auto, unique
import asyncio

class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

p = Point(1, 2)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.__new__(Point).x
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "__dict__"), Point.x, type(Point.x).__name__)
class P3(Point):
    pass
q = P3(1, 2); q.z = 5; print(q.__dict__)

@dataclass(order=True, frozen=True, slots=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = field(default=(), compare=False)

v1, v2 = Version(1, 2), Version(1, 10, ("rc",))
print(v1 < v2, sorted([v2, v1]), v1 == Version(1, 2, ("x",)), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print("Frozen:", e)
print(asdict(v2), astuple(v2), replace(v1, minor=5), [f.name for f in fields(Version)], Version.__slots__)

class Color(Enum):
    RED = auto()
    GREEN = auto()
    BLUE = "blue"
    CRIMSON = 1

class Perm(Flag):
    R = 4
    W = 2
    X = 1

print(list(Color), Color.CRIMSON, Color(1), Color["GREEN"], Color.RED is Color.CRIMSON)
print(Perm.R | Perm.W, Perm(7), Perm(0), Perm.R in Perm(5), list(Perm(6)), ~Perm.R)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print("ValueError:", e)

@dataclass
class Job:
    name: Color
    steps: list = field(default_factory=list)
    async def run(self):
        for s in range(2):
            await asyncio.sleep(0)
            self.steps.append((asyncio.current_task().get_name(), s))
        return self

async def main():
    jobs = [Job(c) for c in Color]
    tasks = [asyncio.create_task(j.run(), name=j.name.name) for j in jobs]
    done = await asyncio.gather(*tasks)
    for j in done:
        print(j)
    print(sorted(t.get_name() for t in tasks))
asyncio.run(main())
