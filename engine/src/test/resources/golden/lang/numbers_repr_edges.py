vals = [0.1, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e300 * 1e10,
        -1e-320, 5e-324, 2.0**53, 2.0**53 + 1, 100.0, 1e100, 0.5, -0.0, float("-inf")]
for v in vals:
    print(repr(v), str(v), round(v, 2) if v == v and abs(v) != float("inf") else "-")
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(1234, -2), round(1250, -2), round(1350, -2))
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), int(-3.9), int(3.9), int("-0"))
for bad in ["1.5", "", "0x", "1__0", "١٢"]:
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
print(7 // 2, -7 // 2, 7 % -2, -7 % 2, divmod(-7, 2), divmod(7.5, 2), 2 ** -1, (-8) ** (1/3) if False else "", pow(2, 10, 1000), pow(3, -1, 7))
print(10 / 4, 10 // 4.0, 1e308 * 10, -1e308 * 10, 0.1 * 3 == 0.3, abs(-0.0), float("1e500"), float(" -12.5 "))
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1.0 // 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    1 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError:", e)
try:
    float("abc")
except ValueError as e:
    print("ValueError:", e)
print(hex(-255), oct(8), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (1024).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "")
print(3.0.is_integer(), (0.5).as_integer_ratio(), float.fromhex("0x1.8p1"), (1.5).hex(), 10 ** 20, -(2 ** 63), 2 ** 64 - 1)
print(True + True, True * 3, -True, ~True, 5 & 3, 5 | 3, 5 ^ 3, ~5, 1 << 70, -1 >> 3, 12 >> 1)
print(complex(1, 2) * 1j, abs(3 + 4j), (1 + 2j).conjugate(), complex("1+2j"), 1j ** 2, repr(complex(0, -0.0)))
print(max(1, 2.0), min([3, 1.0, 1]), sum([0.1] * 10), sum(range(10), start=100), sorted([3, 1.5, True, -2]))
print(1 == 1.0, hash(1) == hash(1.0), 0.1 + 0.2 > 0.3, float("nan") == float("nan"), 1 < 2 < 3 > 1, (1, 2) < (1, 2, 0))
