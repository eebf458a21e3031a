def classify(cmd):
    match cmd.split():
        case ["go", ("north" | "south") as d]:
            return f"going {d}"
        case ["go", _]:
            return "unknown direction"
        case ["take", *items] if items:
            return f"taking {', '.join(items)}"
        case ["quit" | "exit"]:
            return "bye"
        case []:
            return "empty"
        case [first, *_]:
            return f"unknown command {first!r}"
for c in ["go north", "go up", "take a b", "take", "quit", "", "dance now"]:
    print(repr(c), "->", classify(c))
def kind(v):
    match v:
        case None:
            return "None"
        case True:
            return "True"
        case 0 | 0.0:
            return "zero"
        case int():
            return "int"
        case float(x) if x != x:
            return "nan"
        case {"type": t, **rest} if not rest:
            return f"just type {t}"
        case {"type": t}:
            return f"type {t} with more"
        case (x, y, *_):
            return f"seq starting {x},{y}"
        case _:
            return "other"
for v in [None, True, 1, 0, 0.0, False, 5, float("nan"), {"type": "a"}, {"type": "b", "x": 1}, (1, 2, 3), "ab", [1]]:
    print(repr(v), "->", kind(v))
val = 3
match 3:
    case val if val > 5:
        print("big")
    case other:
        print("captured", other, val)
