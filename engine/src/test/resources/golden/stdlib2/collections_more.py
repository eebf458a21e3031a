from collections import Counter, deque, defaultdict, namedtuple, OrderedDict, ChainMap
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:5], c.total())
c.update("aaz")
c.subtract({"a": 10})
print(c, +c, -c, c + Counter("b"), Counter(a=3) - Counter(a=5), Counter(a=1) | Counter(a=3, b=1), Counter(a=2) & Counter(a=1))
print(Counter({"x": 2, "y": 2, "z": 1}).most_common(), Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), repr(Counter()))
d = deque([1, 2, 3], maxlen=3)
d.append(4)
d.appendleft(0)
print(d, d.maxlen, d[0], d[-1], len(d))
d.rotate(1)
print(d, d.index(d[1]), d.count(d[0]))
d.extendleft([9, 8])
print(d, d.pop(), d.popleft(), d)
try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1]).remove(5)
except ValueError as e:
    print("ValueError:", e)
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
print(dd, dict(dd), dd.default_factory, defaultdict(int)["x"], repr(defaultdict()))
try:
    defaultdict()["missing"]
except KeyError as e:
    print("KeyError:", e)
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._field_defaults, p.x, p[1], P._make([3, 4]), isinstance(p, tuple))
try:
    P()
except TypeError as e:
    print("TypeError:", e)
try:
    P(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError:", e)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a", last=False)
print(od, list(reversed(od)), od.popitem(), od)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), cm.maps, cm.new_child({"c": 4})["c"], cm.parents)
cm["z"] = 0
print(cm.maps[0])
