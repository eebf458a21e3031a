import itertools, functools, collections, heapq, bisect, statistics, random, string, json, re, textwrap

data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9]
print(list(itertools.accumulate(data, max)), list(itertools.accumulate(data, initial=100))[:4])
print([(k, len(list(g))) for k, g in itertools.groupby(sorted(data))])
print(list(itertools.pairwise("abcd")), list(itertools.islice(itertools.cycle("xy"), 5)))
print(list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement([1, 2, 3], 2))[:4])
print(list(itertools.zip_longest("ab", [1, 2, 3], fillvalue="-")), list(itertools.starmap(pow, [(2, 5), (3, 2)])))
print(list(itertools.takewhile(lambda x: x < 5, data)), list(itertools.dropwhile(lambda x: x < 5, data))[:3],
      list(itertools.filterfalse(None, [0, 1, "", "a"])), list(itertools.compress("abcdef", [1, 0, 1, 0, 1])))
print(functools.reduce(lambda a, b: a * b, range(1, 8)), functools.reduce(max, [], "empty"))
c = collections.Counter("mississippi")
print(c.most_common(3), c["z"], sorted((c + collections.Counter("spam")).items()), (c - collections.Counter("sss")))
print(c.total(), sorted(c.elements())[:5], collections.Counter(a=3, b=-1) & collections.Counter(a=1, b=2), +collections.Counter(a=-2, b=3))
dd = collections.defaultdict(list)
for word in "apple avocado banana blueberry cherry".split():
    dd[word[0]].append(word)
print(dict(dd), dd.default_factory.__name__)
od = collections.OrderedDict.fromkeys("abcde")
od.move_to_end("b"); od.move_to_end("d", last=False); print(list(od), od.popitem(last=False))
cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), cm.new_child({"c": 4}).maps, dict(cm))
dq = collections.deque(range(6), maxlen=4)
dq.rotate(1); dq.appendleft(-1); print(dq, dq.maxlen, dq.index(4) if 4 in dq else None)
print(heapq.nlargest(3, data), heapq.nsmallest(2, ["pear", "fig", "apple"], key=len))
h = []
for x in [5, 1, 8, 3]:
    heapq.heappush(h, (x % 3, x))
print([heapq.heappop(h) for _ in range(len(h))], heapq.heappushpop([1, 5], 3))
s = sorted(data)
print(bisect.bisect_left(s, 5), bisect.bisect_right(s, 5), bisect.bisect(s, 100))
bisect.insort(s, 4); print(s)
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.multimode(data), round(statistics.stdev(data), 4))
print(statistics.median_low([1, 2, 3, 4]), statistics.median_high([1, 2, 3, 4]), statistics.quantiles(data, n=4), round(statistics.pvariance(data), 3))
random.seed(42)
print(random.randint(1, 100), random.random(), random.choice("abcdef"), random.sample(range(100), 5), random.uniform(1, 2))
lst = list(range(10)); random.shuffle(lst); print(lst, random.choices("abc", weights=[5, 1, 1], k=6), random.randrange(0, 100, 7))
print(random.gauss(0, 1), random.getrandbits(16), round(random.triangular(0, 10), 6), random.betavariate(2, 3))
print(string.ascii_lowercase[:5], string.punctuation[:6], string.capwords("hello  wide world"), string.Template("$who likes ${what}").substitute(who="tim", what="py"))
print(json.dumps({"b": [1, 2.5, None, True], "a": {"x": "é"}}, indent=2, sort_keys=True))
print(json.dumps({"k": "é"}, ensure_ascii=False), json.loads('{"a": [1, 2, {"b": null}]}'), json.dumps((1, 2)), json.dumps("q\"\n"))
try:
    json.loads("{'a': 1}")
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e, e.pos, e.lineno, e.colno)
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail bob@example.com now")
print(m.group("user"), m.groupdict(), m.span(), m.start(2), re.sub(r"(\d+)", lambda mm: str(int(mm.group()) * 2), "a1b22c333"))
print(re.findall(r"\b\w{4}\b", "this is some text with four char word"), re.split(r"[,;]\s*", "a, b;c,d"), re.fullmatch(r"\d+", "123x"))
print(textwrap.fill("The quick brown fox jumps over the lazy dog " * 2, width=30), textwrap.shorten("Hello  there  wonderful world", 20), sep="\n")
print(textwrap.dedent("""
    def f():
        return 1
"""), textwrap.indent("a\nb", "> "))
