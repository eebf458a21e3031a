import pprint, collections
data = {"users": [{"name": "Ann", "age": 31, "tags": ["admin", "dev"], "address": {"city": "Paris", "zip": "75001"}},
                  {"name": "Bob", "age": 25, "tags": [], "address": {"city": "Lyon", "zip": "69001"}}],
        "count": 2, "ok": True, "ratio": 0.75, "empty": {}, "t": (1,), "s": {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=2)
pprint.pprint(data, depth=2)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True, width=50)
pprint.pprint(data, sort_dicts=False, width=60)
pprint.pp({"z": 1, "a": [1, 2]})
print(pprint.pformat({"b": 1, "a": 2}), pprint.saferepr([1, {"x": (2,)}]), pprint.isreadable([1, object()]))
l = [1, 2]; l.append(l); print(pprint.pformat(l)[:20]); print(pprint.isrecursive(l))
pprint.pprint("The quick brown fox jumps over the lazy dog. " * 4)
pprint.pprint({"long": "word " * 30, "n": 1})
pprint.pprint(tuple(range(30)))
pprint.pprint(set(range(30)))
pprint.pprint(collections.OrderedDict((str(i), i * 1000) for i in range(12)))
pprint.pprint(collections.Counter("the quick brown fox jumps over the lazy dog"))
pprint.pprint(collections.defaultdict(list, {i: [i] * 8 for i in range(5)}))
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint([[1, 2, 3] * 10, {"k" * 30: "v" * 50}])
pprint.pprint(10 ** 40, underscore_numbers=True)
pprint.PrettyPrinter(width=20).pprint({"alpha": 1, "beta": [1, 2, 3, 4, 5], "gamma": None})
