import sys

events = []
def prof(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return
    if event.startswith("c_"):
        name = getattr(arg, "__qualname__", None) or getattr(arg, "__name__", "?")
        self = getattr(arg, "__self__", None)
        events.append(f"{event}:{frame.f_code.co_name}->{name}" + (f"[{type(self).__name__}]" if self is not None and not isinstance(self, type(sys)) else ""))
    else:
        events.append(f"{event}:{frame.f_code.co_name}" + (f"={arg!r}" if event == "return" else ""))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    @property
    def norm(self):
        return abs(self.x) + abs(self.y)
    def __eq__(self, other):
        return self.norm == other.norm
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
    def __repr__(self):
        return f"P({self.x},{self.y})"

def deco(fn):
    def inner(*a, **k):
        return fn(*a, **k)
    return inner

@deco
def add(a, b=2):
    return a + b

def gen():
    try:
        yield 1
        yield 2
    finally:
        events.append("gen-finally")

def run():
    p = Point(1, -2)
    q = Point(-3, 0)
    same = p == q
    sq = [i * i for i in range(2)]
    with p as pp:
        n = pp.norm
    s = ", ".join(map(str, sq))
    add(1, b=3)
    g = gen()
    next(g)
    g.close()
    d = {}
    d.setdefault("k", []).append(1)
    str.upper("ab")
    isinstance(p, Point)
    repr(p)
    f"{p!r}"
    sorted([q, p], key=lambda v: v.norm)
    dict.fromkeys("ab")
    return same, s

sys.setprofile(prof)
run()
sys.setprofile(None)
print("\n".join(events))
