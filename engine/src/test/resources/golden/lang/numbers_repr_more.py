import math
print(0.1, 0.2 + 0.1, 1/3, 2/3, 10/3, 1e15 + 0.3, 100.0, 1e100, 5e-324, 1.7976931348623157e308)
print(int("  42  "), int("-0x1f", 16), int("0b101", 0), int("1_000"), int("z", 36), float(" 1e3 "), float("-inf"))
for bad in ("1.5", "abc", "", "1__0", "0x", " "):
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
for bad in ("abc", "", "1.2.3"):
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(divmod(-7, 2), divmod(7, -2), -7 // 2, -7 % 2, 7 % -2, divmod(-7.5, 2), -7.5 % 2, 7.5 // -2)
print(2 ** -1, (-8) ** (1/3) if False else "skip", pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 2 ** 100)
print(int(3.99), int(-3.99), round(3.14159, 3), round(1234, -2), round(1250, -2), round(1350, -2), math.floor(-2.5), math.ceil(-2.5))
print(abs(-0.0), -0.0 == 0.0, math.copysign(1, -0.0), 0.1 * 3 == 0.3, math.isclose(0.1 * 3, 0.3), math.inf > 10**400)
print(float(10**308 * 10) if False else "", (10**400) // 3 > 0, 1e308 * 10, -1e308 * 10, math.nan == math.nan)
try:
    float(10**400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
print((255).bit_length(), (-1).bit_length(), (10).bit_count() if hasattr(int, "bit_count") else "", (3.5).as_integer_ratio(), (0.75).is_integer(), (2.0).is_integer())
print(hex(-255), oct(8), bin(-5), int.__name__, (5).conjugate(), (5).numerator, (5).denominator, (2.5).hex(), float.fromhex("0x1.8p1"))
print(True + True, True * 3.0, -True, ~True, True / 2, 3 // True, isinstance(True, int), bool(0.0), bool(-0.0), bool(float("nan")))
print(complex(1, 2) * complex(3, -1), abs(3 + 4j), (1 + 2j).conjugate(), 1j ** 2, complex("1+2j"), (2j).real, repr(-0j), repr(complex(-0.0, -0.0)))
print(sum([0.1] * 10), math.fsum([0.1] * 10), max(1, 2.0), min(2.0, 2), max([], default="none"), sorted([3, 1.5, True, -2]))
print(7 .__truediv__(2), (7).__floordiv__(2), int.__add__(1, 2), (1).__radd__(2), (2.0).__rpow__(3), (5).__round__(-1))
