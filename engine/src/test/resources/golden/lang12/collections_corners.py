from collections import deque, Counter, OrderedDict, ChainMap, defaultdict, namedtuple

d = deque(range(5), maxlen=3)
print(d, d.maxlen)
d.append(9); d.appendleft(-1)
print(d)
d.rotate(1); print(d)
d.rotate(-2); print(d)
d.extendleft("ab"); print(d)
print(d.index("a"), d.count("b"), d[-1], d * 2 if False else list(d) * 2)
try:
    d.index("zz")
except ValueError as e:
    print("ValueError:", e)
dd = deque([1, 2, 3])
dd.insert(1, 9); dd.remove(9); print(dd, dd.pop(), dd.popleft(), dd)
try:
    deque([1], maxlen=1).insert(0, 2)
except IndexError as e:
    print("IndexError:", e)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
print(deque("abc") + deque("de"), deque([1, 2]) == deque([1, 2]), deque([1]) < deque([2]))

c1 = Counter("abracadabra")
c2 = Counter(a=2, b=5, z=1)
print(c1.most_common(3), c1.most_common()[-2:])
print(c1 + c2, c1 - c2, c1 & c2, c1 | c2, sep="\n")
c3 = Counter(a=2, b=-1, c=0)
print(+c3, -c3, c3.total())
c3.subtract({"a": 5}); print(c3)
c3.update(["a", "a"]); print(c3, c3["missing"], "missing" in c3)
print(Counter("aab") == Counter("aba"), Counter(a=1) == Counter(a=1, b=0))
print(sorted(Counter("hello").elements()), Counter({"x": 3}).keys())
print(Counter("abc") <= Counter("aabbcc"))

od = OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("e", last=False)
print(list(od), od.popitem(), od.popitem(last=False), list(od))
try:
    od.move_to_end("zz")
except KeyError as e:
    print("KeyError:", e)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == dict(b=2, a=1))
print(repr(OrderedDict()), repr(OrderedDict(x=1)))

base = {"colour": "red", "size": 1}
cm = ChainMap({"size": 2}, base)
print(cm["size"], cm["colour"], len(cm), sorted(cm), cm.maps)
child = cm.new_child({"colour": "blue"})
print(child["colour"], child.parents["colour"], child)
child["new"] = 1
print(child.maps[0])
try:
    del child["size"]
except KeyError as e:
    print("KeyError:", e)
print(dict(ChainMap({1: "a"}, {1: "b", 2: "c"})))

dfl = defaultdict(list)
dfl["x"].append(1)
print(dfl, dfl.default_factory, repr(defaultdict(None)), defaultdict(int, a=1))
try:
    defaultdict(None)["k"]
except KeyError as e:
    print("KeyError:", e)
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)

P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, P._make([3, 4]))
try:
    P._make([1])
except TypeError as e:
    print("TypeError:", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError:", e)
try:
    namedtuple("Bad", "a a")
except ValueError as e:
    print("ValueError:", e)
print(namedtuple("R", "a def", rename=True)._fields)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
