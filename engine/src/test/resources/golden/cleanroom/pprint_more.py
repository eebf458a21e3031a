import pprint, collections, io
pp = pprint.pprint
pp("line one\nline two is a lot longer than the first one, and it goes on and on and on until it wraps\n" * 2, width=40)
pp(["abc def ghi jkl mno pqr stu vwx yz " * 3], width=30)
pp(bytes(range(60)), width=40)
pp([bytes(range(40)), b"x" * 10], width=30)
pp(frozenset(range(25)))
pp(frozenset())
pp(set())
pp({"a": {"b": {"c": {"d": [1, 2, {"e": 5}]}}}}, depth=3)
pp([[[[1]]], (((2,),),)], depth=2)
d = {"k": 1, "self": None}; d["self"] = d
import re
fix = lambda t: re.sub(r"id=\d+", "id=N", t)
print(fix(pprint.pformat(d))); print(fix(pprint.saferepr(d)), pprint.isrecursive(d), pprint.isreadable(d))
pp({i: "v" * i for i in range(12)}, indent=4, width=50)
pp([{"alpha": i, "beta": [i] * 6} for i in range(4)], indent=3, width=40)
pp(list(range(100)), compact=True, width=30, indent=2)
pp(list("abcdefghijklmnopqrstuvwxyz" * 3), compact=True)
class L(list):
    pass
class R(list):
    def __repr__(self): return "R!"
pp(L(range(30))); pp(R(range(30)))
class D(dict): pass
pp(D((str(i), i) for i in range(20)))
pp({(1, "a"): 1, (0, "b"): 2, 3: [4], "x": None, 2.5: 1})
pp({1: 2, "a": 3, None: 4, (1,): 5})
s = io.StringIO(); pprint.PrettyPrinter(stream=s, width=10).pprint([1, 2, 3, 4, 5]); print(repr(s.getvalue()))
print(pprint.pformat(123456789, underscore_numbers=True), pprint.pformat([10**9, 10**12], underscore_numbers=True))
for kw in ({"indent": -1}, {"depth": 0}, {"width": 0}):
    try:
        pprint.PrettyPrinter(**kw)
    except ValueError as e:
        print("ValueError", e)
p = pprint.PrettyPrinter()
print(p.isreadable([1, 2]), p.isreadable(object), p.isrecursive([1]), p.format([1, "a"], {}, 0, 0))
print(pprint.pformat(collections.OrderedDict()), pprint.pformat(collections.Counter()), pprint.pformat(collections.deque()))
pp(collections.OrderedDict([("a", [1] * 30), ("b", 2)]), width=30)
pp(collections.deque(range(40)))
pp(collections.defaultdict(int), width=5)
pp(collections.Counter({"x": 3, "y": 10, "z": 1, "w": 5}), width=20)
pp(("a" * 50, "b" * 50), width=60)
pp(("x" * 100,))
pp([("a" * 30, 1)] * 3, width=40)
pp({"key": "a long string value with many words that will need wrapping across lines", "k2": b"bytes " * 12}, width=50)
pp("", width=5); pp("a b", width=1); pp("word " * 10, width=1)
pp([1, [2, [3, [4, [5, [6]]]]]], width=6)
pp({"z": 1, "y": 2, "x": 3}, sort_dicts=False)
pprint.pp({"z": [1, 2], "a": 1}, width=5)
print(pprint.pformat({"a": 1}, width=1), pprint.pformat([], width=1), pprint.pformat("", width=1))
