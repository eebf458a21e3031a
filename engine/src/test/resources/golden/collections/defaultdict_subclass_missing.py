# A subclass of defaultdict that defines __missing__: d[key] for a missing key runs it, not the
# factory, and stores nothing unless it does; one that does not keeps the factory's behaviour.
from collections import defaultdict


class Logged(defaultdict):
    def __missing__(self, key):
        print("missing", key)
        return ("absent", key)


d = Logged(int)
print(d["a"], dict(d), d.default_factory)
print(d.get("b"), "b" in d, d["b"][1])
print(dict(d))


class Storing(defaultdict):
    def __missing__(self, key):
        value = super().__missing__(key)
        print("stored", key, value)
        return value


s = Storing(list)
s["x"].append(1)
s["x"].append(2)
print(dict(s))


class Plain(defaultdict):
    pass


p = Plain(int)
p["k"] += 5
print(dict(p), p.get("zz"), "zz" in p)

n = Logged()
print(n["q"])


class Raising(defaultdict):
    def __missing__(self, key):
        raise KeyError(("no", key))


try:
    Raising(int)["r"]
except KeyError as e:
    print("KeyError", e)
