from collections import OrderedDict
for args, kw in [((1, 2, 3), {}), (([("a", 1)], [2]), {}), ((), {"x": 1}), (([("b", 2), ("a", 1)],), {"c": 3}), (({"k": "v"},), {})]:
    try:
        print(OrderedDict(*args, **kw))
    except TypeError as e:
        print("TypeError", e)
class My(OrderedDict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.extra = True
m = My(a=1); print(m, m.extra, OrderedDict.fromkeys("ab", 0), OrderedDict(OrderedDict(z=1)))
try: OrderedDict(5)
except TypeError as e: print(e)
