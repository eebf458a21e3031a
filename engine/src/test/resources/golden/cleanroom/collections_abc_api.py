# collections.abc mixins and structural checks.
import collections.abc as A


def attempt(label, f):
    try:
        print(label, f())
    except BaseException as e:
        print(label, type(e).__name__, e)


class S(A.MutableSet):
    def __init__(self, it=()):
        self.items = []
        for x in it:
            self.add(x)
    def __contains__(self, x): return x in self.items
    def __iter__(self): return iter(list(self.items))
    def __len__(self): return len(self.items)
    def add(self, x):
        if x not in self.items: self.items.append(x)
    def discard(self, x):
        if x in self.items: self.items.remove(x)
    def __repr__(self): return 'S(%r)' % self.items


a, b = S([1, 2, 3]), S([3, 4])
print(a & b, a | b, a - b, a ^ b, b - a, {4, 5} - a, [9, 1] & a if False else '', a & [1, 9])
print(a <= b, a < S([1, 2, 3, 4]), a >= S([1]), a > a, a == S([3, 2, 1]), a != b, a.isdisjoint([7]), a.isdisjoint([3]))
print(a.__le__(5), a.__and__(5), a.__sub__(5), a == {1, 2, 3}, {1, 2, 3} == a)
a |= [5]
a &= S([1, 2, 5, 9])
print(a)
a ^= [1, 7]
a -= [2]
print(a, a._hash() == S([7, 5])._hash())
a ^= a
print(a)
a.add(1)
attempt('remove', lambda: a.remove(42))
print(a.pop(), a)
attempt('pop empty', a.pop)
b.clear()
print(b, len(b))


class M(A.MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)


m = M()
m.update({'a': 1}, b=2)
m.update([('c', 3)])
class K:
    def keys(self): return ['k']
    def __getitem__(self, k): return k * 2
m.update(K())
print(dict(m), m.get('a'), m.get('z', 0), 'a' in m, 'z' in m, m.setdefault('a', 9), m.setdefault('n', 5))
print(type(m.keys()).__name__, list(m.items()), list(m.values()), ('a', 1) in m.items(), ('a', 2) in m.items(), 1 in m.values())
print(len(m.keys()), m.keys() & {'a', 'q'}, sorted(m.keys() | {'q'}), type(m.items() - set()).__name__)
print(m.pop('a'), m.pop('zz', 'default'), m.popitem(), m == {'c': 3, 'k': 'kk', 'n': 5}, m == 1)
attempt('pop missing', lambda: m.pop('zz'))
m.clear()
attempt('popitem', m.popitem)
print(reversed.__name__, A.Mapping.__reversed__)


class Q(A.MutableSequence):
    def __init__(self, *xs): self.xs = list(xs)
    def __getitem__(self, i): return self.xs[i]
    def __setitem__(self, i, v): self.xs[i] = v
    def __delitem__(self, i): del self.xs[i]
    def __len__(self): return len(self.xs)
    def insert(self, i, v): self.xs.insert(i, v)


q = Q(1, 2, 3, 2)
print(list(q), 2 in q, 7 in q, list(reversed(q)), q.index(2), q.index(2, 2), q.index(2, -2), q.count(2))
attempt('index', lambda: q.index(9))
attempt('index stop', lambda: q.index(3, 0, 2))
q.append(5)
q.extend([6])
q.extend(q)
q += [0]
q.reverse()
print(q.xs, q.pop(), q.pop(0))
q.remove(2)
print(q.xs)
q.clear()
print(q.xs)


class G(A.Generator):
    def __init__(self): self.n = 0
    def send(self, v):
        self.n += 1
        if self.n > 2: raise StopIteration
        return self.n
    def throw(self, typ, val=None, tb=None):
        return super().throw(typ, val, tb)


print(list(G()), next(G()))
attempt('throw', lambda: G().throw(ValueError, ValueError('v')))
attempt('throw2', lambda: G().throw(KeyError))
print(G().close())


class Stubborn(A.Generator):
    def send(self, v): return 1
    def throw(self, *a): return 1


attempt('close', lambda: Stubborn().close())


class Gen2:
    def __iter__(self): return self
    def __next__(self): return 1


print(isinstance(Gen2(), A.Iterator), isinstance(Gen2(), A.Generator), issubclass(Gen2, A.Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), A.Hashable), isinstance(1, A.Hashable), isinstance([], A.Hashable))
print([issubclass(t, A.Sequence) for t in (list, tuple, str, range, bytes, dict, set)])
print([issubclass(t, A.Mapping) for t in (dict, list)], issubclass(type({}.keys()), A.KeysView))
print(isinstance(iter(''), A.Iterator), isinstance((x for x in ()), A.Generator), isinstance(len, A.Callable))
print(sorted(A.Sequence.__abstractmethods__), sorted(A.Set.__abstractmethods__), A.ByteString in bytes.__mro__)
print(issubclass(int, A.Collection), issubclass(list, A.Collection), issubclass(list, A.Reversible))
attempt('inst', A.Sequence)
print(A.KeysView({'a': 1}), A.ValuesView({}), A.ItemsView([]).__slots__, A.MappingView.__slots__)


async def co():
    return 1

c = co()
print(isinstance(c, A.Coroutine), isinstance(c, A.Awaitable))
c.close()


class AI(A.AsyncIterator):
    async def __anext__(self): raise StopAsyncIteration


ai = AI()
print(ai.__aiter__() is ai, isinstance(ai, A.AsyncIterable), A.AsyncGenerator.__abstractmethods__ == frozenset({'asend', 'athrow'}))
print(A.Iterable[int], A.Mapping[str, int], A.Set.__hash__)
