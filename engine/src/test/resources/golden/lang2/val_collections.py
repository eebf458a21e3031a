people = [("bob", 25), ("ann", 30), ("cy", 25), ("dee", 30), ("eve", 22)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
print(sorted(["b", "A", "c", "B"]), sorted(["b", "A", "c", "B"], key=str.lower), sorted("hello"), sorted({3: 1, 1: 2}))
lst = [3, 1, 2]
print(lst.sort(), lst, sorted(lst, reverse=True), list(reversed(lst)), max(people, key=lambda p: p[1]), min([], default="none"))
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, len(k), "a" in k, 2 in v, ("a", 1) in it)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}), it & {("b", 2)}, k == {"a", "b", "c"}, k <= {"a", "b", "c", "d"})
d["d"] = 4
print(list(k), list(reversed(d)), list(reversed(d.items())), d | {"e": 5}, {**d, "a": 0})
d2 = dict(d)
d2 |= {"z": 26}
print(d2, d.get("zz"), d.get("zz", 0), d.setdefault("a", 100), d.setdefault("n", []), d.pop("n"), d.popitem(), d)
print(dict.fromkeys("abc", 0), dict(zip("xy", [1, 2])), dict([("a", 1)], b=2), {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[1])})
try:
    for key in d:
        d[key + "!"] = 1
except RuntimeError as e:
    print("RuntimeError:", e)
s1, s2 = {1, 2, 3, 4}, {3, 4, 5}
print(s1 | s2, s1 & s2, s1 - s2, s1 ^ s2, s1 <= s2, {3, 4} < s1, s1.isdisjoint({9}), s1.issuperset({1}), frozenset({1, 2}) | {3})
print(set("hello") == set("olleh"), sorted(set("mississippi")), {1, 2} == frozenset([1, 2]), len({1, 1.0, True}), {0, False, 0.0})
s3 = set()
s3.add(1); s3.update([2, 3], {4}); s3.discard(9); s3 -= {1}
print(s3, s3.pop() in {2, 3, 4}, set(), frozenset(), {()}, set([1, 2]).union([3], (4,)), s1.intersection(s2, {4}))
a = list(range(10))
print(a[::-1], a[::-2], a[8:2:-2], a[-3:], a[:-3], a[-1:-4:-1], a[5:1], a[100:], a[-100:2], a[::3], a[1:9:-1], a[slice(2, 5)])
a[2:5] = ["x"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
try:
    a[::0]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3)
print(t[::-1], t[1:], "abcdef"[::-2], "abcdef"[-2:-6:-1], range(10)[::-3], range(10)[2:8:2], list(range(10)[::-3]), range(0, 10, 3)[-1])
b = bytes([104, 105]) + b"!"
ba = bytearray(b"hello")
ba[0] = 74
ba.append(33); ba.extend(b"??"); ba += b"."
print(b, ba, b[0], b[:1], b[::-1], list(b), b.hex(), bytes.fromhex("de ad"), b.upper(), ba.decode(), bytes(3), bytearray(2))
print(b"a,b".split(b","), b"  x ".strip(), b"abc".find(b"c"), b"x" * 3, b"abc" < b"abd", b"ab" in b"cab", b"%d-%s" % (5, b"z"))
print(repr(b"\x00\xff\n'\""), repr(bytearray(b"'")), bytes("é", "utf-8"), b"abc".replace(b"b", b"B"), ba.pop(), ba, ba.count(b"l"))
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"a" + "b"
except TypeError as e:
    print("TypeError:", e)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc"[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes("abc")
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2].index(5)
except ValueError as e:
    print("ValueError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    (1, 2).index(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [1, 2].remove(3)
except ValueError as e:
    print("ValueError:", e)
try:
    [3, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([{1}, {2}, [3]])
except TypeError as e:
    print("TypeError:", e)
try:
    {1: 2} < {3: 4}
except TypeError as e:
    print("TypeError:", e)
print(d.keys()[0])
