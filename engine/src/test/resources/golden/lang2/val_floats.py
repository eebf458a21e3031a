vals = [0.1 + 0.2, 1/3, 2/3, 1e16, 1e-7, 123456789012345678.0, 1e22, 1e21, 0.1, -0.0, 5e-324, 1.7976931348623157e308,
        float("inf"), float("-inf"), float("nan"), 100.0, 1.5e300 * 1.5e300, 2.5, 0.000123, 12345.6789]
for v in vals:
    print(repr(v), str(v), f"{v}", f"{v:.2f}", f"{v:e}", f"{v:g}", f"{v:10.3}", f"{v:+.1%}" if v == v and abs(v) < 1e10 else "")
for x in [0.5, 1.5, 2.5, -2.5, 2.675, 1.005, 0.125, 0.375]:
    print(x, round(x), round(x, 1), round(x, 2), f"{x:.0f}", f"{x:.1f}", f"{x:.2f}")
print(round(123.456, -1), round(123.456, -2), round(-0.4), round(0.6), type(round(2.5)), type(round(2.5, 0)))
print(1e16 == 10**16, 0.1 * 3, 3 * 0.1 == 0.3, abs(-0.0), -0.0 == 0.0, (-0.0).hex(), (1.5).hex(), float.fromhex("0x1.8p1"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer(), int(2.999999999999999999))
print(f"{1234567.891:,.2f}", f"{1234567.891:_.3f}", f"{0.5:.0%}", f"{42:08.3f}", f"{-1.5:=+10.2f}", f"{3.14159:^12.4}|")
print(f"{1e100:.3g}", f"{123456789.0:.3g}", f"{0.0001234:.3g}", f"{1.0:g}", f"{1e-5:g}", f"{1e-4:g}", f"{1e16:g}", f"{1e15:g}")
print(float("1e-400"), float("-1e-400"), 1e308 * 10, -1e308 * 10, 2.0 ** 0.5, 10 ** -2, 2 ** -1, (-8) ** (1/3))
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // 2, -7.5 // 2, 7.5 % -2, -7 % 3, 7 % -3, -7 // 2, 5 / 2, -5 / 2)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, max(1, 2.0), min(2.0, 2), 3 * 1.1, 1.1 + 2.2, 1e-10 + 1)
import math
print(math.fsum([0.1] * 10), math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print(math.sqrt(2), math.pi, math.e, math.inf, math.nan, math.log(100, 10), math.log10(1000), math.log2(8), math.exp(1))
print(math.factorial(20), math.gcd(12, 18), math.lcm(4, 6), math.comb(10, 3), math.perm(5, 2), math.prod([1, 2, 3, 4]))
print(math.hypot(3, 4), math.degrees(math.pi), math.radians(180), math.copysign(1, -0.0), math.fabs(-3), math.isqrt(17))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    (-8) ** 0.5 + "x"
except TypeError as e:
    print("TypeError:", e)
print((-8) ** 0.5)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    round(1.5, "x")
except TypeError as e:
    print("TypeError:", e)
try:
    f"{1.5:d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1.5:,d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{'s':.2f}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{5:s}"
except ValueError as e:
    print("ValueError:", e)
