import functools
def by_len(a, b):
    return (len(a) > len(b)) - (len(a) < len(b))
key = functools.cmp_to_key(by_len)
print(type(key).__name__, type(key).__module__, callable(key), repr(key).split(" at ")[0])
k1, k2 = key("aaa"), key(obj="b")
print(type(k1).__name__, k1.obj, k2.obj, k1 > k2, k1 == key("ccc"), sorted(["ccc", "a", "bb"], key=key))
for args, kw in [((), {}), ((1, 2), {}), ((), {"x": 1})]:
    try:
        key(*args, **kw)
    except TypeError as e:
        print("TypeError:", e)
try:
    hash(k1)
except TypeError as e:
    print("TypeError:", e)
print(max(["x", "yyy", "zz"], key=key), min(["x", "yyy", "zz"], key=functools.cmp_to_key(lambda a, b: len(b) - len(a))))
