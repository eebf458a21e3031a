a = 2 ** 100
b = 3 ** 64
print(a, b, a * b, a // b, a % b, -a // b, -a % b, divmod(a, -b), a ** 3)
print(a.bit_length(), (-a).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_count())
print(hex(a), oct(b), bin(2 ** 20), format(a, ","), format(a, "_x"), f"{b:>30}", f"{-b:+,}", f"{a:e}", f"{b:.3e}")
print(10 ** 30 / 7, 10 ** 30 // 7, float(10 ** 30), int(1e30), 10 ** 20 == 1e20, 2 ** 64 - 1, -(2 ** 63), ~5, ~-1)
print(1 << 100, (1 << 100) >> 98, -1 >> 5, 5 & -3, 5 | -3, 5 ^ -3, abs(-a), pow(3, 100, 7), pow(2, -1, 7), pow(3, 4, -5))
print(int("1" * 50), int("-0"), int("  -42  "), int("ff", 16), int("0o17", 0), int("z", 36), int("100", 2), 7 // -2, -7 % 2)
print(divmod(-17, 5), divmod(17, -5), 17 % 5, -17 % 5, round(-17, -1), round(15, -1), round(25, -1), round(-25, -1))
print(True + True, True * 10, False - 1, True / 2, int(True), 3 > True, sum([True, True, False]), hash(True) == hash(1))
print(sorted([10**20, -5, 3.5, 2**70, 0, True]), max(2**100, 2.0**100), 2**100 == 2.0**100, 2**53 + 1 == float(2**53 + 1))
import sys
print(sys.maxsize, sys.maxsize + 1, -sys.maxsize - 1, type(sys.maxsize * 2).__name__)
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
try:
    5 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(5, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
try:
    10 ** 400 / 3
except OverflowError as e:
    print("OverflowError:", e)
try:
    int("1" * 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    str(10 ** 5000)
except ValueError as e:
    print("ValueError:", e)
try:
    (2).to_bytes(1, "big", signed=False) + (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)))
