from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
import functools, itertools, operator, heapq, bisect, copy, string
d = deque([1, 2, 3], maxlen=4); d.append(4); d.append(5); d.appendleft(0); print(d, d.popleft(), d.pop(), len(d), list(d))
dd = defaultdict(list); dd["a"].append(1); dd["b"]; print(dd, dict(dd))
c = Counter("abracadabra"); print(c, c.most_common(2), c["z"], sum(c.values()))
P = namedtuple("P", "x y"); p = P(1, y=2); print(p, p.x, p[1], p._asdict(), p._replace(x=9), P._make([3, 4]), P._fields)
od = OrderedDict(a=1, b=2); od.move_to_end("a"); print(od, list(od))
print(functools.reduce(operator.add, [1, 2, 3, 4]), functools.partial(max, 10)(3, 20))
@functools.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80))
def deco(f):
    @functools.wraps(f)
    def w(*a): return f(*a)
    return w
@deco
def named(): "doc"
print(named.__name__, named.__doc__)
print(list(itertools.islice(itertools.count(5, 2), 4)), list(itertools.chain([1], (2, 3))), list(itertools.chain.from_iterable([[1], [2]])))
print(list(itertools.product("ab", repeat=2)), list(itertools.permutations([1, 2, 3], 2)), list(itertools.combinations("abc", 2)))
print(list(itertools.accumulate([1, 2, 3])), [(k, list(g)) for k, g in itertools.groupby("aabbbc")], list(itertools.zip_longest("ab", "x", fillvalue="-")))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print([heapq.heappop(h) for _ in range(4)], heapq.nlargest(2, [3, 9, 1]))
print(bisect.bisect([1, 3, 5], 4), string.ascii_lowercase[:5], copy.deepcopy([[1], {"a": [2]}]))
print(sorted(["b", "A", "c"], key=str.lower), sorted([(1, "b"), (1, "a")]), list(map(operator.itemgetter(1), [(1, 2)])))
