from fractions import Fraction
import math

print(Fraction(3, 4), repr(Fraction(6, -8)), Fraction(5), Fraction(), Fraction(0.5), Fraction(0.1), Fraction("3/7"), Fraction(" -1.25 "))
print(Fraction("1e-3"), Fraction("2.5E2"), Fraction("1_000/3"), Fraction(Fraction(1, 3), Fraction(2, 5)), Fraction(True), Fraction("7."), Fraction(".5"))
a, b = Fraction(1, 3), Fraction(1, 6)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** 3, a ** 0.5, 2 ** Fraction(1, 2), 4 ** Fraction(2))
print(a + 1, 1 + a, a - 1, 1 - a, a * 3, 3 * a, a / 2, 2 / a, a + 0.5, 0.5 + a, a * 1j, a == Fraction(2, 6), a == 1 / 3, b < a, a > 0.3, a <= 1)
print(abs(-a), -a, +a, int(Fraction(-7, 2)), math.floor(Fraction(-7, 2)), math.ceil(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(1, 3), 2), round(Fraction(1234), -2))
print(float(a), bool(Fraction(0)), a.numerator, a.denominator, a.as_integer_ratio(), Fraction(math.pi).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
print(hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(5)) == hash(5), hash(Fraction(1, 3)), hash(Fraction(-1, 3)), {Fraction(1, 2): "half"}[0.5])
print(sum([Fraction(1, n) for n in range(1, 6)]), sorted([Fraction(1, 2), 0.25, 1, Fraction(1, 3)]), max(Fraction(2, 3), 0.6))
print(Fraction.from_float(0.25), Fraction(1, 3) == Fraction(1, 3), Fraction(2, 4) is not Fraction(1, 2), isinstance(a, Fraction))
for bad in [lambda: Fraction(1, 0), lambda: Fraction("x"), lambda: Fraction("1/"), lambda: Fraction(1.5, 2), lambda: a / 0, lambda: Fraction(0) ** -1, lambda: Fraction([1])]:
    try:
        print(bad())
    except (ZeroDivisionError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
