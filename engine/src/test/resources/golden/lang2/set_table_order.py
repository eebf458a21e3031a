# Set iteration order follows CPython's hash table: after removals (dummy slots), pop() and its
# finger, set algebra (|, &, -, ^ and their in-place and method forms), sets built from sets, dicts
# and iterables; and a key's __hash__ runs once per operation, never when a set is shown or combined.
import random

random.seed(11)


class Key:
    calls = 0

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        Key.calls += 1
        return self.v

    def __eq__(self, other):
        return isinstance(other, Key) and other.v == self.v

    def __repr__(self):
        return f"K{self.v}"


def calls(label, value):
    before = Key.calls
    result = value()
    print(f"{label}: {result} (hash calls {Key.calls - before})")


a = {Key(v) for v in (1, 9, 17, 4)}
b = {Key(v) for v in (9, 4, 25, 2)}
calls("show", lambda: repr(a))
calls("list", lambda: list(b))
calls("union", lambda: a | b)
calls("inter", lambda: a & b)
calls("diff", lambda: a - b)
calls("xor", lambda: a ^ b)
calls("eq", lambda: a == set(a))
calls("subset", lambda: (a <= b, a.issubset(b), a.isdisjoint(b)))
calls("frozen hash", lambda: hash(frozenset(a)) == hash(frozenset(a)))
calls("contains", lambda: Key(17) in a)
calls("add", lambda: a.add(Key(33)) or sorted(a, key=lambda k: k.v))
calls("discard", lambda: a.discard(Key(1)) or a)

s = {1, 2, 3}
s.remove(2)
s.add(10)
print("removed then added:", s)
s = set(range(20))
for i in range(0, 20, 3):
    s.discard(i)
s |= {33, 65, 97, 8}
print("ior after discards:", s)
t = {x * 7 for x in range(30)}
u = {x * 5 for x in range(30)}
print("and:", t & u)
print("sub:", t - u)
print("xor:", t ^ u)
print("or:", u | t)
print("methods:", t.union(u, [1, 2, 99]), t.intersection(u, range(100)), t.difference(u, [7, 14]))
print("symmetric:", t.symmetric_difference([5, 7, 1000, 3]))
v = set(t)
v &= {0, 35, 70, 9, 105}
print("iand:", v)
v = set(t)
v -= u
print("isub:", v)
v = set(t)
v ^= u
print("ixor:", v)
v = set(t)
v.intersection_update(range(0, 100, 2), u)
print("intersection_update:", v)
v = set(t)
v.difference_update([0, 7, 14], {21})
print("difference_update:", v)
v = set(t)
v.symmetric_difference_update({1: 0, 7: 0, 2: 0})
print("symmetric_difference_update(dict):", v)
d = dict.fromkeys([40, 8, 16, 0, 24, 3])
print("from dict:", set(d), set(d.keys()) - {8}, d.keys() | {56}, d.keys() & {16, 3, 99}, d.keys() ^ {0, 64})

p = set()
for v in (9, 1, 17, 33, 2):
    p.add(v)
order = []
while p:
    order.append(p.pop())
    if len(order) == 2:
        p.add(41)
print("pops:", order)

for trial in range(60):
    s = set()
    for k in range(random.randint(1, 60)):
        v = random.randint(0, 80)
        if random.random() < 0.3:
            s.discard(v)
        else:
            s.add(v)
    if trial % 3 == 0:
        s = s | {random.randint(0, 200) for _ in range(5)}
    elif trial % 3 == 1:
        s -= {random.randint(0, 80) for _ in range(10)}
    print(trial, list(s), len(s))

s = {1, 2, 3}
it = iter(s)
print(next(it), it.__length_hint__())
s.discard(3)
s.add(11)
print("same size, live:", list(it))
s = {1, 2}
it = iter(s)
next(it)
s.add(5)
try:
    next(it)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    next(it)
except RuntimeError as e:
    print("again:", e)
