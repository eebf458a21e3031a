# Built-in methods through obj.method(...) with a LOAD_METHOD site cache and array-free calls for
# none, one and two arguments: results, argument-count errors, keywords, sites that see several
# types, subclasses overriding the method, instance dicts that shadow, and tracebacks.
import collections


def counts(words):
    c = {}
    for w in words:
        c[w] = c.get(w, 0) + 1
    return c


print(counts("abracadabra"))
d = {"a": 1}
print(d.get("a"), d.get("z"), d.get("z", 5), d.get("a", 5))
print(d.setdefault("b"), d.setdefault("c", []), d.setdefault("a", 9), d)
for args in [(), ("a", 1, 2)]:
    try:
        d.get(*args)
    except TypeError as e:
        print("get:", e)
    try:
        d.setdefault(*args)
    except TypeError as e:
        print("setdefault:", e)
    try:
        {}.pop(*args)
    except TypeError as e:
        print("pop:", e)
try:
    d.get(key="a")
except TypeError as e:
    print(e)
try:
    d.get([])
except TypeError as e:
    print(e)
try:
    d.setdefault({}, 1)
except TypeError as e:
    print(e)
dd = collections.defaultdict(list)
print(dd.get("x"), dd.get("x", 0), dd.setdefault("y", 3), dict(dd))


class D(dict):
    def get(self, k, default=None):
        return ("own get", k, default)


class Plain(dict):
    pass


for obj in [{"k": 1}, D(k=2), Plain(k=3), {"k": 4}]:
    print(type(obj).__name__, obj.get("k"), obj.get("k", 0))

# One site, many types (str, list, tuple, bytes, then str again).
for x in ["abca", [1, "a", "a"], ("a",), b"aa", "banana"]:
    print(x.count("a") if not isinstance(x, bytes) else x.count(b"a"))
for x in ["Ab", "cD", "x"]:
    print(x.upper(), x.lower(), x.swapcase(), x.replace("b", "B"), x.replace("x", "y", 1))
try:
    "abc".upper(1)
except TypeError as e:
    print(e)
try:
    "abc".upper(x=1)
except TypeError as e:
    print(e)


def f():
    pass


f.__repr__ = lambda: "own repr"
print(f.__repr__())
print((5).__add__(3), (5).__add__("x"), "a".__add__("b"))
try:
    "a".__add__(1)
except TypeError as e:
    print(e)
items = []
for i in range(5):
    items.append(i * i)
    items.append(-i)
items.sort()
print(items, items.index(4), items.pop(), items.pop(0))
s = {1, 2}
s.discard(1)
s.add(3)
print(sorted(s), "x".join(["1", "2"]), "a,b,,c".split(","), " a b ".split())


def pop_empty():
    return [].pop()


try:
    pop_empty()
except IndexError as e:
    import traceback
    print("".join(traceback.format_exception(e)).replace(__file__, "FILE"))
print({}.get("missing"), {}.pop("x", "dflt"))
