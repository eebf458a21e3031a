import itertools, functools, collections, math
tests = [lambda: print(1, x=1), lambda: int(y=1), lambda: "a".split(q=1), lambda: sorted([], q=1), lambda: min([1], q=1),
 lambda: enumerate([], q=1), lambda: range(q=1), lambda: dict.fromkeys([], q=1), lambda: "a".encode(q=1), lambda: round(1, q=1),
 lambda: itertools.count(q=1), lambda: collections.deque(q=1), lambda: math.isclose(1, 1, q=1), lambda: "a".replace("a", "b", count=1),
 lambda: [].pop(index=0), lambda: "x".startswith(prefix="x"), lambda: zip(q=1), lambda: "ab".splitlines(q=1), lambda: open(q=1) if False else sum([], q=1),
 lambda: divmod(a=1, b=2), lambda: "a".center(3, fillchar="x"), lambda: {}.get(key=1), lambda: "a".join(iterable=[]), lambda: int("1", base=10, q=1),
 lambda: bytes(q=1), lambda: list(q=1), lambda: tuple(iterable=1), lambda: str(obj=1, q=2), lambda: "a".strip(chars="a"), lambda: iter([], q=1),
 lambda: isinstance(1, int, q=1), lambda: getattr(1, "a", q=1), lambda: max(1, 2, key=None, q=1), lambda: print(sep="", end="", file=None, flush=False, q=1),
 lambda: functools.reduce(function=1), lambda: "a".split(sep=",", maxsplit=1, q=2), lambda: "a".split(",", sep=","), lambda: sorted([], key=None, key2=1)]
for t in tests:
    try:
        t()
        print("ok")
    except Exception as e:
        print(type(e).__name__, e)
