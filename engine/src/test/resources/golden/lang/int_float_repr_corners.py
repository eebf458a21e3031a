# int/float repr and arithmetic corners a learner meets
vals = [0.1, 0.2, 0.1 + 0.2, 1e16, 1e15 + 0.3, 123456789012345678.0, 1e-7, 5e-324, 1.7976931348623157e308,
        -0.0, 2.5, 3.5, 1/3, 100.0, 1e22, 1e23]
for v in vals:
    print(repr(v), str(v), round(v), round(v, 2), v.is_integer(), int(v) if v == v and abs(v) < 1e300 else "-")
print(round(2.675, 2), round(0.5), round(1.5), round(-0.5), round(25, -1), round(35, -1), round(1234.5678, -2))
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, -2), -7.5 // 2, 7.5 % -2)
print(2 ** -1, 2 ** 0.5, (-8) ** (1/3), pow(2, 10, 1000), pow(3, -1, 7), 10 ** 20, 10.0 ** 20)
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("1_000"), float("1_0.5"), float(" -inf "), int(-3.99))
print(hex(-255), oct(8), bin(-5), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
print((5).bit_length(), (-1).bit_count() if hasattr(int, "bit_count") else "", (10).as_integer_ratio(), (0.75).as_integer_ratio())
print(float.fromhex("0x1.8p1"), (3.0).hex(), 1e300 * 1e10, -1e300 * 1e10, abs(-0.0))
print(True + True, True * 3.5, 3 / 2, 3.0 // 2, -3 // 2.0, 1e308 + 1e308 - 1e308)
print(sum([0.1] * 10), sum([0.1] * 10) == 1.0, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-9)
for bad in ("1.2.3", "", "0x10", "1e", "٣"):
    try:
        print(repr(bad), int(bad))
    except ValueError as e:
        print("ValueError:", e)
try:
    1 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1.0 / 0
except ZeroDivisionError as e:
    print(e)
try:
    1 % 0
except ZeroDivisionError as e:
    print(e)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
