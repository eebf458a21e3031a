import asyncio
from collections import deque, OrderedDict, defaultdict
from collections.abc import Mapping, Sequence

class Log:
    def __init__(self):
        self.calls = []

log = []

class Traced:
    __match_args__ = ("a", "b")
    def __init__(self, a, b):
        self._a, self._b = a, b
    @property
    def a(self):
        log.append("get a")
        return self._a
    @property
    def b(self):
        log.append("get b")
        return self._b

class MyMap(Mapping):
    def __init__(self, d):
        self.d = d
    def __getitem__(self, k):
        log.append(f"getitem {k!r}")
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        log.append("len")
        return len(self.d)

class MySeq(Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        log.append(f"seq[{i}]")
        return self.items[i]
    def __len__(self):
        log.append("seqlen")
        return len(self.items)

def kind(x):
    match x:
        case str() | bytes():
            return "text"
        case [int(a), int(b)] | (int(b), "swap", int(a)):
            return f"ints a={a} b={b}"
        case [[x1, y1], [x2, y2]]:
            return f"segment {x1},{y1}->{x2},{y2}"
        case [1, *middle, 9]:
            return f"1..9 middle={middle}"
        case [_, _, *_] as long_seq:
            return f"long {type(long_seq).__name__} {len(long_seq)}"
        case {"k": [1, *_] as lst, **kw}:
            return f"map lst={lst} kw={kw}"
        case {}:
            return "some mapping"
        case Traced(1, b=2):
            return "traced 1,2"
        case Traced(a, b) if a > b:
            return f"traced desc {a}>{b}"
        case int(n) | float(n) if n > 100:
            return f"big number {n}"
        case _:
            return "other"

for v in ["s", b"b", [1, 2], (3, "swap", 4), [[0, 1], [2, 3]], [1, 5, 6, 9], [1, 9], range(5),
          deque([7, 8, 9]), {"k": [1, 2], "z": 0}, OrderedDict(k=[1]), defaultdict(int), MyMap({"a": 1}),
          Traced(1, 2), Traced(5, 3), Traced(1, 5), 1000, 100.5, 5, MySeq(1, 2, 3), MySeq(1, 2)]:
    log.clear()
    r = kind(v)
    print(f"{type(v).__name__:<12} {r:<32} {log}")

def bind_check(v):
    match v:
        case (x, 0):
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"

print(bind_check((5, 0)), "|", bind_check((5, 1)))

def guard_binds(v):
    match v:
        case [y] if y > 10:
            return "big"
        case _:
            return f"guard failed but y={y}"
print(guard_binds([3]))

def tuple_subject(a, b):
    match a, b:
        case 0, 0:
            return "origin"
        case (0, _) | (_, 0):
            return "axis"
        case _:
            return "plane"
print(tuple_subject(0, 0), tuple_subject(0, 4), tuple_subject(2, 0), tuple_subject(1, 1))

def nested(cmd):
    match cmd:
        case {"action": "move", "to": {"x": int() as x, "y": int() as y}}:
            match (x, y):
                case (0, 0):
                    return "home"
                case _:
                    return f"move {x} {y}"
        case {"action": str(act)}:
            return f"unknown {act}"
print(nested({"action": "move", "to": {"x": 0, "y": 0}}), nested({"action": "move", "to": {"x": 1, "y": "2"}}), nested({"action": 3}))

async def amatch(q):
    match await q:
        case {"status": 200, "body": body}:
            return body
        case {"status": code}:
            return f"error {code}"

async def fetch(d):
    await asyncio.sleep(0)
    return d

async def main():
    print(await amatch(fetch({"status": 200, "body": "ok"})), await amatch(fetch({"status": 404})))

asyncio.run(main())

def errors():
    for subj, pat in [(5, "len"), (3, "Traced3"), ({"a": 1}, "dupkey")]:
        try:
            match subj:
                case len() if pat == "len":
                    pass
                case Traced(1, 2, 3) if pat == "Traced3":
                    pass
                case _:
                    print("no error for", pat)
        except TypeError as e:
            print("TypeError:", e)
errors()
class NoArgs:
    pass
match NoArgs():
    case NoArgs():
        print("empty class pattern matches")
match 3:
    case bool():
        print("bool?")
    case int(3):
        print("int(3) matches via match_self")
match True:
    case 1:
        print("True == 1 matches value 1")
match 1:
    case True:
        print("1 is True?")
    case _:
        print("1 is not True (identity)")
match -1.5:
    case -1.5:
        print("negative float literal")
match 1 + 2j:
    case 1 + 2j:
        print("complex literal")
match "a" "b":
    case "ab":
        print("implicit concatenation")
