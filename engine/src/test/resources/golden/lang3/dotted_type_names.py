import collections, itertools, functools, re, contextvars, weakref
from functools import cmp_to_key
objs = [collections.deque([1]), collections.defaultdict(int), itertools.count(), itertools.cycle([1]), itertools.chain([1]),
        itertools.repeat(1), itertools.islice([1], 1), itertools.zip_longest([1]), itertools.accumulate([1]),
        itertools.starmap(pow, []), itertools.takewhile(bool, []), itertools.dropwhile(bool, []), itertools.filterfalse(bool, []),
        itertools.compress([], []), itertools.pairwise([1]), functools.partial(print), functools.lru_cache(lambda: 1),
        re.compile("a"), contextvars.ContextVar("v")]
class W: pass
w = W()
objs.append(weakref.ref(w))
for o in objs:
    msgs = []
    for op in (lambda: o + 1, lambda: o.nope, lambda: o[0], lambda: len(o), lambda: hash(o) and {o: 1} and [o] < [o], lambda: o < o,
               lambda: int(o), lambda: -o, lambda: float(o), lambda: divmod(o, 1), lambda: iter(o)):
        try:
            op()
            msgs.append("ok")
        except Exception as e:
            msgs.append(f"{type(e).__name__}: {e}")
    print(" | ".join(msgs))
m = re.match("a", "a")
for op in (lambda: m + 1, lambda: m.nope, lambda: len(m), lambda: m < m, lambda: int(m)):
    try:
        op()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
try:
    with collections.deque():
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    collections.deque.append(1, 2)
except TypeError as e:
    print("TypeError:", e)
