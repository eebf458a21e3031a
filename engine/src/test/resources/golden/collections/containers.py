from collections import deque, defaultdict, Counter, namedtuple, OrderedDict, ChainMap
import collections
d = deque([1, 2, 3], maxlen=5)
d.append(4); d.appendleft(0); d.append(5)
print(d, len(d), d[0], d[-1], d.maxlen, list(reversed(d)))
d.rotate(2); print(d); d.rotate(-1); print(d)
print(d.popleft(), d.pop(), d, d.count(3), d.index(3))
d.extend([7, 8]); d.extendleft([9]); print(d, 3 in d)
d.clear(); print(d, bool(d))
try:
    d.pop()
except IndexError as e: print(e)
print(deque(), deque('abc'), deque([1], 3) == deque([1]), deque([[1]]).copy())
d2 = deque(range(5)); d2.remove(2); d2.insert(1, 'x'); print(d2); del d2[0]; print(d2, d2 * 2, d2 + deque([1]))
dd = defaultdict(list); dd['a'].append(1); dd['b'].append(2); print(dd, dict(dd), dd['c'], len(dd))
dd2 = defaultdict(int); 
for ch in "hello": dd2[ch] += 1
print(dd2, dd2.default_factory, defaultdict(None, {1: 2}))
try:
    defaultdict(None)['x']
except KeyError as e: print(repr(e))
c = Counter("abracadabra"); print(c, c.most_common(2), c['z'], c['a'])
c.update("aaz"); print(c); c.subtract({'a': 10}); print(c)
print(Counter(a=3, b=1) + Counter(a=1, b=2), Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=3) & Counter(a=1), Counter(a=1) | Counter(a=2, b=1))
print(sorted(Counter("hello").elements()), Counter("hello").total(), list(Counter("banana").keys()), +Counter(a=-1, b=2), -Counter(a=-1))
print(Counter([1, 1, 2]) == Counter({1: 2, 2: 1}), repr(Counter()), Counter('aab').most_common())
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, 2); print(p, p.x, p[1], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]), p == (1, 2))
P3 = namedtuple('P3', 'a b c', defaults=[0, 1]); print(P3(5), P3._field_defaults, P3.__name__, repr(P3))
x, y = p; print(x, y, hash(p) == hash((1, 2)), type(p).__mro__)
try:
    Point(1)
except TypeError as e: print(e)
try:
    Point(1, 2, 3)
except TypeError as e: print(e)
try:
    namedtuple('Bad', ['1x'])
except ValueError as e: print(e)
R = namedtuple('R', 'a, b', rename=False)
print(R(1, b=2), isinstance(p, tuple), p.count(1), p.index(2))
class Pt(namedtuple('Pt', 'x y')):
    __slots__ = ()
    @property
    def norm(self): return (self.x**2 + self.y**2) ** 0.5
    def __str__(self): return f"Pt({self.x}, {self.y})"
print(Pt(3, 4).norm, Pt(3, 4), repr(Pt(3, 4)))
od = OrderedDict(); od['b'] = 1; od['a'] = 2; od.move_to_end('b'); print(od, list(od), od.popitem(), od.popitem(last=False) if od else None)
od2 = OrderedDict([(1, 2), (3, 4)]); od2.move_to_end(3, last=False); print(od2, od2 == OrderedDict([(3, 4), (1, 2)]), od2 == {1: 2, 3: 4})
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm['a'], cm['b'], len(cm), sorted(cm), cm.maps, cm.new_child({'c': 4})['c'], cm.parents)
cm['z'] = 9; print(cm.maps[0], 'b' in cm, cm.get('q', 0), dict(cm))
print(collections.abc.Mapping, isinstance({}, collections.abc.Mapping), isinstance([], collections.abc.Sequence), issubclass(list, collections.abc.Iterable))
