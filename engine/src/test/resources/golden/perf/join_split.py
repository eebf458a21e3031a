# str.join and str.split over lists, tuples, generators, subclasses; identity of single items; errors.
class S(str):
    pass
class L(list):
    def __iter__(self):
        print("L.__iter__")
        return iter(["x", "y"])
class T(tuple):
    pass
a = "abc"
print("".join([a]) is a, "-".join((a,)) is a, "".join(x for x in [a]) is a, "".join([S("q")]) == "q", type("".join([S("q")])).__name__)
print(",".join([]), repr(",".join(())), ",".join(["a", "b", "c"]), ",".join(("a", S("b"))), "".join(iter("xyz")), "+".join({"k": 1, "j": 2}))
print("|".join(L(["a", "b"])), "|".join(T(("m", "n"))), "é".join(["😀", "b"]), len("😀".join(["a", "b", "c"])))
for bad in (["a", 1], ("a", "b", None), [b"x"], (x for x in ["a", 2.5]), 5, None):
    try:
        print("".join(bad))
    except TypeError as e:
        print("TypeError", e)
s = "000001,item-01,  37,yes"
print(s.split(","), s.split(",", 1), s.split(sep=","), s.split(",", maxsplit=2), s.rsplit(",", 1), " a  b ".split(), " a  b ".split(None, 1))
print("a😀b😀c".split("😀"), "x".split("x"), "".split(","), "".split())
for bad in [lambda: s.split(1), lambda: s.split(""), lambda: s.split(",", "x"), lambda: s.split(",", sep=",")]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
