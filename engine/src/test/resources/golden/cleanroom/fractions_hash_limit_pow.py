from fractions import Fraction as F
import copy, math, random
random.seed(11)
vals = [F(0), F(1, 3), F(-4, -6), F(4, -6), F(22, 7), F(math.pi), F(0.1), F('3.1415926535'), F(-7, 1), F(2**70 + 1, 3**40),
        F(1, 2**61 - 1), F(-1, 2**61 - 1), F((2**61 - 1) * 5, 3)]
for v in vals:
    print(repr(v), hash(v), hash(v) == hash(float(v)) if v.denominator < 2**53 else '-',
          [v.limit_denominator(m) for m in (1, 2, 7, 100, 10**6)], copy.copy(v) is v, copy.deepcopy(v) == v)
for _ in range(300):
    x = F(random.randint(-10**9, 10**9), random.randint(1, 10**9))
    m = random.randint(1, 10**4)
    print(x.limit_denominator(m), end=' ')
print()
for b in (2, 2.0, F(1, 4), -8, 0.5):
    for e in (F(2), F(-2), F(1, 2), F(-1, 3), F(0)):
        try:
            print(repr(b), repr(e), repr(b ** e))
        except Exception as err:
            print(repr(b), repr(e), type(err).__name__, err)
class G(F):
    pass
g = G(3, 4)
print(type(copy.copy(g)).__name__, copy.copy(g) is g, copy.deepcopy(g) == g, type(G(1, 2) ** 2).__name__)
for bad in ((1, 0), (F(1, 2), 0), ('x',), (1.5, 2), ('1/0',)):
    try:
        F(*bad)
    except Exception as err:
        print(bad, type(err).__name__, err)
try:
    F(1, 3).limit_denominator(0)
except ValueError as err:
    print(err)
print(hash(F(-1)), hash(F(-2)), F(5, 10), F(10, -4), F(-0.0), F(True), F(F(3, 9), F(-2, 6)))
