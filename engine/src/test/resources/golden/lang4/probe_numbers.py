import math, fractions
from fractions import Fraction
print(Fraction(1, 3) + Fraction(1, 6), Fraction("0.25"), Fraction(0.1), Fraction(3, 4).limit_denominator(2), float(Fraction(1, 8)))
print(repr(Fraction(2, 4)), Fraction(5) == 5, Fraction(1, 2) < 0.6, round(Fraction(7, 2)), Fraction(-7, 2) // 1, abs(Fraction(-1, 3)))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan, math.factorial(20), math.comb(10, 3), math.perm(5, 2), math.gcd(12, 18), math.lcm(4, 6))
print(math.log(100, 10), math.log2(8), math.log10(1000), math.exp(1), math.hypot(3, 4), math.dist((0, 0), (1, 1)), math.prod([1, 2, 3]), math.fsum([0.1] * 10))
print(math.trunc(-2.7), math.copysign(1, -0.0), math.fmod(-7, 3), math.remainder(7, 3), math.modf(3.5), math.frexp(8), math.ldexp(1, 3), math.isqrt(17))
print(math.degrees(math.pi), math.radians(180), math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.atan2(1, 1))
for bad in ["math.sqrt(-1)", "math.log(0)", "math.factorial(-1)", "math.factorial(1.5)", "math.exp(1000)", "1e308 * 10", "2.0 ** 10000", "int(float('inf'))", "int(float('nan'))", "float('1e400')", "10 ** 400 * 1.0", "math.comb(3, -1)"]:
    try:
        print(bad, "=", eval(bad))
    except Exception as e:
        print(bad, "->", type(e).__name__, e)
print(0.1 + 0.7, 1.1 * 3, 1e-7, 123e10, 1.0e16, 9007199254740993, float(9007199254740993), 2 ** 0.5, 10 ** -2, 5e-324, 1.7976931348623157e308)
print(int("-0"), -0.0, 0.0 == -0.0, float("-inf") < 0, math.isnan(float("nan")), float("nan") == float("nan"), [float("nan")] == [float("nan")])
print(7 // 0.5, 7 % 0.5, -7 // 2.0, 2 ** 63, -2 ** 63, (-2) ** 63, 1 << 100, (1 << 100) >> 98, ~5, -5 & 0xFF, 5 ^ 3, 6 | 9)
print(round(0.125, 2), round(0.375, 2), round(2.5), round(3.5), round(-0.5), round(1e20), round(123.456, -1), round(5, -1), round(15, -1), round(25, -1))
print(format(1234.5678, ".2e"), format(0.00001234, ".3g"), format(1e21, "f"), format(12345.678, "_.2f"), format(-1, "+"), format(3, " d"), format(1.0, "n"))
print(int("1010", 2), int("z", 36), int("0o17", 0), int("0b11", 0), int(" 42\n"), int(True), bool("False"), float(" 3.5 "), float("1_0.5"))
print(str(10**30), repr(1.5e300 * 1.5e10), 1/3 + 1/3 + 1/3, sum([0.1] * 10), 3 * 0.1, 0.3 - 0.1)
print(divmod(-10, 3), divmod(10, -3), divmod(-10.5, 3), pow(2, 10, 1000), pow(3, -1, 7), pow(2, -2), pow(-8, 1/3))
print(complex("1+2j"), complex(1.5), (1+2j) / (3-4j), abs(-3+4j), (2j) ** 2, complex(0, -0.0), -(0j))
print(hash(1) == hash(1.0), hash(-1), hash(0.5), hash(float("inf")), hash(2**61 - 1), hash(2**61), hash(-2))
print(1 == 1.0 == True, 0.1 + 0.2 > 0.3, 10 / 3, 10 // 3, -10 // 3, 10 % -3, 2 ** -3, 0 ** 0, 0.0 ** 0)
print(int.__name__, (5).__class__, (5).real, (5).imag, (5).numerator, (2.5).is_integer(), (4.0).is_integer(), (-7).bit_count(), int.from_bytes(b"\xff", "big", signed=True))
