import random, re, json, bisect, heapq, functools, itertools, collections, statistics, datetime, fractions, decimal
random.seed(2024)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(50), 5))
lst = list(range(10)); random.shuffle(lst); print(lst, random.uniform(1, 2), random.choices("xyz", weights=[1, 2, 3], k=5))
print(random.gauss(0, 1), random.randrange(0, 100, 7), random.getrandbits(20), random.triangular(0, 1))
r = random.Random(7); print(r.random(), r.randint(0, 9))
print(re.findall(r"(\w+)@(\w+)\.com", "a@b.com, c@d.com"), re.sub(r"(\d+)", lambda m: str(int(m[1]) * 2), "a1b22"))
m = re.match(r"(?P<key>\w+)=(?P<val>[^;]*)", "name=bob;x")
print(m.groupdict(), m.span("val"), m.group(0), m.lastgroup, repr(m)[:40])
print(re.split(r"[,;]\s*", "a, b;c,d"), re.fullmatch(r"\d{3}", "123") is not None, re.escape("a.b*c"))
try:
    re.compile("(")
except re.error as e:
    print("re.error:", e)
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True, indent=2, ensure_ascii=False))
print(json.dumps([1, (2, 3)], separators=(",", ":")), json.loads('{"x": [1, 2, {"y": null}]}'))
try:
    json.loads("{bad}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
@functools.lru_cache(maxsize=2)
def sq(x):
    return x * x
for v in [1, 2, 1, 3, 1]:
    sq(v)
print(sq.cache_info())
p = functools.partial(int, base=2)
print(p("101"), repr(p))
print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3], initial=10)))
print([(k, list(g)) for k, g in itertools.groupby("aaabbc")], list(itertools.pairwise("abcd")))
print(list(itertools.zip_longest("ab", "xyz", fillvalue="-")), list(itertools.combinations_with_replacement("ab", 2)))
c = collections.Counter("mississippi")
print(c.most_common(3), c["z"], c.total(), sorted(c.elements())[:5], c - collections.Counter("ss"))
od = collections.OrderedDict.fromkeys("abc"); od.move_to_end("a"); print(od, od.popitem(last=False))
dd = collections.defaultdict(list); dd["x"].append(1); print(dd, dict(dd))
dq = collections.deque([1, 2, 3], maxlen=3); dq.append(4); dq.rotate(1); print(dq)
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3}); print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}))
h = [5, 1, 4]; heapq.heapify(h); heapq.heappush(h, 0); print(h, heapq.nsmallest(2, h), heapq.nlargest(2, [3, 9, 1]))
a = [1, 3, 3, 7]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3)); bisect.insort(a, 4); print(a)
print(statistics.mean([1, 2, 4]), statistics.median([3, 1, 2, 8]), statistics.mode("aabc"), round(statistics.stdev([1, 2, 3, 4]), 4))
d = datetime.date(2024, 2, 28) + datetime.timedelta(days=2); print(d, d.isoformat(), d.weekday(), d.strftime("%A %d %B %Y"))
dt = datetime.datetime(2024, 1, 1, 12, 30); print(dt, repr(dt), dt - datetime.datetime(2023, 12, 31), datetime.timedelta(hours=25, seconds=61))
print(fractions.Fraction(3, 4) + fractions.Fraction(1, 6), fractions.Fraction("0.125"), fractions.Fraction(1.1).limit_denominator(100))
print(decimal.Decimal("1.10") + decimal.Decimal("2.205"), decimal.Decimal(1) / decimal.Decimal(7), round(decimal.Decimal("2.675"), 2))
