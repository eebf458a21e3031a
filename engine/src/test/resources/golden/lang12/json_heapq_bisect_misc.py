import json, heapq, bisect, statistics, textwrap, random, math
obj = {"b": [1, 2.5, None, True], "a": {"nested": "é"}, "c": ""}
print(json.dumps(obj), json.dumps(obj, sort_keys=True, indent=2), json.dumps(obj, ensure_ascii=False), json.dumps(obj, separators=(",", ":")), sep="\n")
print(json.loads('{"x": [1, 2, {"y": null}], "z": 1e3, "w": "\\u00e9"}'), json.loads("[]"), json.loads('"s"'))
for bad in ['{"a": 1,}', "{'a': 1}", "[1, 2", "", "nan", '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, "|", e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({1: "a", None: "b", 2.5: "c", True: "d"}), json.dumps(float("inf")), json.dumps("\n\t\"\\"), json.dumps([1], indent=0))
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"d": 1}, default=str), json.dumps(object(), default=lambda o: "obj"))
h = []
for v in [5, 1, 8, 3, 1]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h, heapq.nlargest(2, [4, 9, 2]), heapq.nsmallest(2, "dbca"))
h = [3, 1, 2]
heapq.heapify(h)
print(h, heapq.heappushpop(h, 0), heapq.heapreplace(h, 10), h, list(heapq.merge([1, 4], [2, 3])))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
a = [1, 2, 2, 2, 5]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 9), bisect.bisect_left(a, 2, 2), bisect.bisect_left([{"k": 1}, {"k": 3}], 2, key=lambda d: d["k"]))
bisect.insort(a, 3)
print(a)
print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2, 4]), statistics.mode("aabbbc"), statistics.stdev([1, 2, 3, 4]), statistics.pvariance([1, 2, 3]))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)
print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12), textwrap.shorten("Hello there big world", 15), textwrap.dedent("   a\n   b"))
print(textwrap.fill("one two three four", width=9, initial_indent="> ", subsequent_indent="  "))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.sample(range(20), 3), random.uniform(1, 2))
lst = list(range(8))
random.shuffle(lst)
print(lst, random.randrange(0, 100, 5), random.choices("xyz", k=4), round(random.gauss(0, 1), 6), random.getrandbits(16))
r = random.Random(7)
print(r.random(), r.randint(1, 6), random.Random("seed").random())
print(math.comb(10, 3), math.perm(5, 2), math.factorial(10), math.gcd(12, 18, 27), math.lcm(4, 6), math.isqrt(99), math.dist((0, 0), (3, 4)), math.prod([1, 2, 3]))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
print(math.log(8, 2), math.log10(1000), math.exp(1) == math.e, math.hypot(3, 4), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3))
