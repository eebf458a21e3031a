import keyword
import numbers

print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist)
for w in ["async", "await", "match", "case", "_", "print", "None", "none", "yield"]:
    print(w, keyword.iskeyword(w), keyword.issoftkeyword(w))
print([k for k in keyword.kwlist if len(k) <= 2])

for v in [1, True, 2.5, 3j, "s", None]:
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                                numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print(numbers.Number, numbers.Integral.__mro__)


class Meters(numbers.Number):
    def __init__(self, v):
        self.v = v


print(isinstance(Meters(3), numbers.Number), isinstance(Meters(3), numbers.Real))
try:
    numbers.Integral()
except TypeError as e:
    print("TypeError:", str(e)[:55])


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Complex):
        return "complex"
    return "other"


print([describe(x) for x in (7, 7.0, 7j, "7")])


class NotFound(KeyError, AttributeError):
    pass


class BadValue(OSError, ValueError):
    pass


print(NotFound.__mro__)
print(isinstance(BadValue("x"), ValueError), BadValue("no such thing"))
try:
    class Clash(OSError, NameError):
        pass
except TypeError as e:
    print("TypeError:", e)
