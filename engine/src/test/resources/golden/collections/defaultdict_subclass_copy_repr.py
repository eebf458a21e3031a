# A subclass of defaultdict: its repr names the subclass, and copy() makes one of the subclass by
# calling it with the factory and the entries (so its __init__ runs); a plain one copies as before.
from collections import defaultdict


class Tally(defaultdict):
    def __init__(self, *args):
        print("init", len(args))
        super().__init__(*args)


t = Tally(int)
t["a"] += 2
c = t.copy()
print(type(c).__name__, c, c == t, c is t, c.default_factory)
c["b"] += 1
print(t, c)
print(repr(Tally(None)))


class Bare(defaultdict):
    pass


b = Bare(list, x=[1])
b2 = b.copy()
b2["x"].append(2)
print(b, b2, type(b2).__name__)
plain = defaultdict(set, {1: {2}})
print(plain.copy(), type(plain.copy()).__name__, repr(defaultdict()))
