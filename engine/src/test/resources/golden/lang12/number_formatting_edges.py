vals = [0.0, -0.0, 1.0, 0.1, 1e16, 1e-5, 123456789.123, float("inf"), float("-inf"), float("nan"), 2.5, 3.5, -2.5]
for v in vals:
    print(repr(v), str(v), f"{v:.0f}", f"{v:e}", f"{v:g}", f"{v:+.2f}", f"{v:10.3g}|", round(v) if v == v and abs(v) != float("inf") else "-")
print(round(0.125, 2), round(0.375, 2), round(2.675, 2), round(-0.5), round(1.5), round(1234.5, -1), round(1250, -2), round(1350, -2))
print(format(1234567, ","), format(-1234567.5, ",.1f"), format(1234567, "_x"), format(255, "08b"), format(-255, "#x"))
print(format(5, " d"), format(-5, " d"), format(5, "=+6"), format(3.0, ".0%"), format(0.5, "%"))
print(format(1.0, "n"), format(10**20, "e"), format(1/3, ".17g"), format(2**0.5, ".30f"))
print(int("  42 "), int("0x1f", 16), int("0b101", 0), int("1_000"), int("-0o17", 0), int("z", 36))
for bad in ["1__0", "_1", "0x", "", "1.5", "٣"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int("10", 1)
except ValueError as e:
    print("ValueError:", e)
try:
    int(10, 2)
except TypeError as e:
    print("TypeError:", e)
print(float("  1e3"), float("-inf"), float("nAn"), float("1_0.5"), float(".5"), float("5."))
for bad in ["1e", "abc", "1.2.3", ""]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
print(10 / 4, 10 // 4, -10 // 4, -10 % 4, 10 % -4, divmod(-7, 2), divmod(7.5, -2), 2 ** -1, (-8) ** (1/3))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, 1e308 * 10, -1e308 * 10, 5e-324 / 2)
print((2**53 + 1) == float(2**53 + 1), int(1e20), int(-2.9), int(2.9), float(2**1023 * 2 - 1) if False else "skip")
try:
    float(2**1024)
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(hex(255), oct(8), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).bit_length(), (10).bit_count())
print(1.5.as_integer_ratio(), 0.1.hex(), float.fromhex("0x1.8p1"), (7).__round__(-1), 1.5.is_integer())
print(str(10**30), 10**30 / 3, 7 // 0.5, 1 / 3 * 3, abs(-0.0), -0.0 == 0.0, str(-0.0))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.inf > 10**400, float("nan") == float("nan"), math.isnan(float("nan")), max(1, float("nan")), max(float("nan"), 1))
