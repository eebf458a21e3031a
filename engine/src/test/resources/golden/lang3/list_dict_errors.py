nums = [3, 1, 2]
for op in [lambda: nums[10], lambda: nums.remove(9), lambda: nums.index(9), lambda: [].pop(), lambda: nums.pop(10),
           lambda: nums["a"], lambda: nums[1.0], lambda: nums.insert("a", 1), lambda: del_item(nums, 5), lambda: nums + (1,),
           lambda: nums * 2.0, lambda: nums.sort(key=len), lambda: {}["k"], lambda: {}.pop("k"), lambda: {}.popitem(),
           lambda: {[]: 1}, lambda: dict([1, 2]), lambda: dict([(1, 2, 3)]), lambda: {1: 2} + {3: 4}, lambda: set()[0],
           lambda: set().remove(1), lambda: set().pop(), lambda: frozenset().add(1), lambda: (1, 2)[5], lambda: (1,).append(2),
           lambda: list(5), lambda: tuple(None), lambda: [1, 2, 3][::0], lambda: nums.__setitem__(slice(0, 3, 2), [1, 2, 3])]:
    try:
        print(op())
    except Exception as e:
        print(type(e).__name__ + ":", e)
def del_item(l, i):
    del l[i]
d = {"b": 2, "a": 1}
d.update(c=3)
d |= {"d": 4}
print(d, d.get("z"), d.setdefault("e", 5), list(d.items())[-1], dict.fromkeys("ab", 0), {**d, "a": 0})
print(sorted(d, key=d.get, reverse=True), min(d.values()), d.copy() == d, d.keys() & {"a", "z"}, sorted(d.keys() - {"a"}))
from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
dd["x"].append(1)
print(dd, dict(dd), dd["missing"], len(dd))
c = Counter("mississippi")
print(c.most_common(2), c["z"], c + Counter("ss"), sorted(c.elements())[:4], c.total())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od), od.popitem(last=False))
nested = [[0] * 2] * 2
nested[0][0] = 9
print(nested, [[0] * 2 for _ in range(2)])
a = [1, 2, 3]
b = a
b += [4]
print(a, a is b, a[:] is a, a[-1:-4:-1], a[1:100], a[100:])
