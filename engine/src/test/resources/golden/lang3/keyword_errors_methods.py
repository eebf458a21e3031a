import collections, re, math, contextvars, itertools
d = collections.deque([1])
cv = contextvars.ContextVar("v", default=1)
m = re.match("a", "a")
tests = [lambda: "a".strip(x=1), lambda: "a".find(x=1), lambda: "a".startswith(x=1), lambda: "a".center(x=1), lambda: "a".replace(x=1),
 lambda: b"a".center(x=1), lambda: bytearray(b"a").center(x=1), lambda: [1].pop(x=1), lambda: bytearray(b"a").pop(x=1),
 lambda: {}.get(x=1), lambda: {}.setdefault(x=1), lambda: {}.pop(x=1), lambda: d.rotate(x=1), lambda: d.index(x=1),
 lambda: m.group(x=1), lambda: cv.get(x=1), lambda: contextvars.copy_context().get(x=1), lambda: (1.5).__round__(x=1),
 lambda: float.fromhex(x=1), lambda: (1).__round__(x=1), lambda: set().__init__(x=1), lambda: list().__init__(x=1),
 lambda: math.sqrt(x=1), lambda: math.log(x=1), lambda: math.gcd(x=1), lambda: itertools.chain(x=1), lambda: str.maketrans(x=1),
 lambda: map(x=1), lambda: zip(x=1), lambda: dict.fromkeys([], x=1), lambda: b"a".strip(x=1), lambda: "a".count(x=1), lambda: "a".ljust(x=1),
 lambda: "a".lstrip(x=1), lambda: "a".index(x=1), lambda: "a".endswith(x=1), lambda: "a".zfill(x=1), lambda: "a".partition(x=1)]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
