from dataclasses import dataclass

@dataclass
class Point:
    x: int
    y: int

class Color:
    RED = "red"
    GREEN = "green"

def describe(obj):
    match obj:
        case 0 | 1 as small:
            return f"small int {small}"
        case int(n) if n < 0:
            return f"negative {n}"
        case float() | complex():
            return "non-int number"
        case "hello" | "hi":
            return "greeting"
        case str(s) if len(s) > 5:
            return f"long string {s[:5]}..."
        case [] :
            return "empty list"
        case [x]:
            return f"one item {x}"
        case [x, y, *rest] if not rest:
            return f"pair {x},{y}"
        case [first, *_, last]:
            return f"seq {first}..{last}"
        case {"type": "user", "name": name, **others}:
            return f"user {name} extra={sorted(others)}"
        case {"type": t}:
            return f"typed {t}"
        case Point(x=0, y=0):
            return "origin"
        case Point(x=px, y=0):
            return f"on x axis at {px}"
        case Point(px, py):
            return f"point {px},{py}"
        case Color.RED:
            return "the red constant"
        case None:
            return "None!"
        case True:
            return "True!"
        case (a, b):
            return f"tuple? {a} {b}"
        case _:
            return f"other {type(obj).__name__}"

tests = [0, 1, -5, 7, 2.5, 1j, "hello", "abcdefgh", "abc", [], [9], [1, 2], [1, 2, 3, 4],
         (1, 2), {"type": "user", "name": "ann", "age": 3}, {"type": "x"}, {"other": 1},
         Point(0, 0), Point(3, 0), Point(1, 2), "red", None, True, False, {1, 2}, b"ab", "xy"]
for t in tests:
    print(repr(t), "->", describe(t))

def parse(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return "go " + d
        case ["take", *items] if items:
            return "take " + ",".join(items)
        case ["quit" | "exit"]:
            return "bye"
        case [verb, *_]:
            return "unknown verb " + verb
        case []:
            return "nothing"

for c in ["go north", "go west", "take a b", "take", "exit", "", "dance now"]:
    print(repr(c), parse(c))

match 42:
    case x:
        print("capture", x)

class P2:
    __match_args__ = ("a",)
    def __init__(self):
        self.a = 1
match P2():
    case P2(1):
        print("positional via __match_args__")
try:
    match Point(1, 2):
        case Point(1, 2, 3):
            pass
except TypeError as e:
    print("TypeError:", e)
try:
    match 5:
        case int(1, 2):
            pass
except TypeError as e:
    print("TypeError:", e)
match {"a": 1}:
    case {"a": 1, **rest}:
        print("rest", rest)
match "match":
    case "match":
        match = 3
        case = 4
        print(match + case)
