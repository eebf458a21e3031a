from enum import Enum, IntEnum, auto, Flag, StrEnum, unique
class State(Enum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    def __str__(self):
        return self.value.upper()
    @property
    def finished(self):
        return self is State.DONE
print(State.PENDING, f"{State.RUNNING}", repr(State.DONE), State.DONE.finished, State("running"))
transitions = {State.PENDING: State.RUNNING, State.RUNNING: State.DONE}
s = State.PENDING
while s in transitions:
    print("->", s.name.lower())
    s = transitions[s]
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name[::-1]
    NORTH = auto()
    SOUTH = auto()
print([o.value for o in Ordinal])
class Prio(IntEnum):
    LOW = 1
    HIGH = 3
    MID = 2
print(sorted(Prio), max(Prio), Prio.HIGH > Prio.LOW, Prio.LOW + Prio.MID, [p.name for p in sorted(Prio, reverse=True)])
print(Prio(3), Prio['MID'], Prio.HIGH == 3, 3 in [p.value for p in Prio], isinstance(Prio.LOW, int), hash(Prio.LOW) == hash(1))
class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()
    ALL = READ | WRITE | EXEC
print(list(Perm), Perm.ALL, Perm.READ | Perm.EXEC, Perm.ALL & ~Perm.WRITE, [m.name for m in Perm.ALL], Perm.READ.value, Perm.EXEC.value)
Week = Enum('Week', 'MON TUE WED', start=0)
print([(d.name, d.value) for d in Week])
class Color(StrEnum):
    RED = auto()
    GREEN = auto()
print(Color.RED + "!", Color("green"), Color.GREEN.value, ",".join(Color), f"{Color.RED:>6}")
class Animal(Enum):
    DOG = 1
    CAT = 2
    def speak(self):
        if self is Animal.DOG:
            return "woof"
        return "meow"
print([a.speak() for a in Animal])
print(Animal.DOG.__class__ is Animal, type(Animal), Animal.__name__, Animal.DOG.name, Animal.__members__.keys() if False else list(Animal.__members__.items()))
try:
    Animal.DOG.name = "x"
except AttributeError as e:
    print(e)
try:
    del Animal.DOG
except AttributeError as e:
    print(e)
try:
    class Bad(Enum):
        A = 1
        A = 2
except TypeError as e:
    print(e)
try:
    Week(9)
except ValueError as e:
    print(e)
print(Animal.DOG == Animal.DOG, Animal.DOG != Animal.CAT, Animal.DOG is Animal(1), len(Animal), bool(Animal.DOG))
import enum
print(enum.unique(Animal) is Animal, enum.Enum.__name__, enum.EnumMeta is enum.EnumType)
