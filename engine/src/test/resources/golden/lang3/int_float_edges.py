import sys, math
print(2**63, -2**63, 2**64 - 1, (-7) // 2, -7 % 2, 7 % -2, divmod(-7, 2), divmod(7.5, -2))
print(0.1 + 0.2, 0.1 + 0.2 == 0.3, round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(2.5))
print(1e308 * 10, -1e308 * 10, 1e-320, 5e-324 / 2, float("inf") - float("inf"))
print(int(3.99), int(-3.99), int("  42  "), int("0x1f", 16), int("1_000"), int("0b101", 0), int("z", 36))
print(float("1e500"), float("-0"), float(" nan "), float("1_0.5"))
for bad in ["1.5", "", "0x", "1__0", "١٢"]:
    try:
        print(int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    1 / 0.0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print((-8) ** (1/3), (-1) ** 0.5, pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.int_info.bits_per_digit)
print(float.fromhex("0x1.8p1"), (1.5).hex(), (0.1).as_integer_ratio(), (10).bit_length(), (-1).bit_length())
print(math.isclose(0.1 + 0.2, 0.3), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.fsum([0.1] * 10), sum([0.1] * 10))
print(1 == 1.0, hash(1) == hash(1.0), 2**53 + 1 == float(2**53 + 1), 10**20 / 3, 10**20 // 3)
print(int.from_bytes(b"\x01\x00", "big"), (1024).to_bytes(2, "little"), True + True, -True, ~5, 5 >> 1, -5 >> 1, 1 << 70)
print(f"{2**100:,}", abs(-0.0), max(1, 1.0), min(1.0, 1), 3 * 1.1)
