d = {"a": 1}
for key in ["b", 2, (1, 2), None, 1.5, "it's", 'say "hi"', "", frozenset(), b"x"]:
    try:
        d[key]
    except KeyError as e:
        print(repr(e), str(e), e.args)
try:
    {}.pop("x")
except KeyError as e:
    print("pop:", e)
try:
    set().remove(3)
except KeyError as e:
    print("remove:", e)
try:
    {}.popitem()
except KeyError as e:
    print("popitem:", e)
import collections
try:
    collections.OrderedDict().popitem()
except KeyError as e:
    print("od popitem:", e)
d[("k", 1)]
