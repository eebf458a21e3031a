a = [1, 2, 3]
b = a
b += [4]
print(a, a is b)
t = (1, [2])
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)
x = y = []
x.append(1)
print(y)
def f(l=[]):
    l.append(1)
    return l
print(f(), f())
print([i for i in range(3)], i if "i" in dir() else "no i")
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
print(0.1 + 0.2 == 0.3, round(0.1 + 0.2, 10) == 0.3, 10 / 3, 10 // 3, -10 // 3, 2 ** -1, 7 % -3)
s = "hello"
print(s[::-1], s[1:-1], s * 0, s[10:], s[-1], s.title(), "".join(reversed(s)))
d = {1: "a", True: "b", 1.0: "c"}
print(d)
print(sorted({3, 1, 2}), min("bca"), max([], default=None), list(zip("ab", [1, 2, 3])), dict(enumerate("xy")))
print(any(x > 2 for x in [1, 5]), all([]), sum(range(101)), abs(-7.5), pow(2, 10), divmod(17, 5))
print(type(1) is int, isinstance(True, int), issubclass(bool, int), type(None).__name__, type(print).__name__)
n = None
print(n or "default", 0 or [] or "last", 1 and 2, [] and 1, not [], not None)
print(1 < 2 < 3, 3 > 2 > 1 > 0, 1 == 1.0, "1" == 1, [1, 2] < [1, 3], (1, 2) == (1, 2), None is None)
import copy
orig = [[1], [2]]
sh, dp = copy.copy(orig), copy.deepcopy(orig)
orig[0].append(9)
print(sh, dp)
