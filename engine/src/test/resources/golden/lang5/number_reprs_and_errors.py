import math, sys
vals = [0.1 + 0.2, 1e16, 1e15, 123456789012345678.0, 1e-5, 0.0001, 1.5e-7, 2.0 ** 60, -0.0, 1 / 3, 2 / 3, 100.0, 1e22, 1e23, 5e-324, 1.7976931348623157e308, 9007199254740993.0, 0.5, 2.675, 1.005]
for v in vals:
    print(repr(v), str(v), round(v, 2), v.is_integer(), v.hex() if math.isfinite(v) else "", v.as_integer_ratio() if v == int(v) and abs(v) < 1e20 else "")
print(round(2.5), round(3.5), round(-2.5), round(0.125, 2), round(0.375, 2), round(2.675, 2), round(1234, -2), round(1250, -2), round(-1350, -2), round(5, 0), type(round(5.5)), type(round(5.5, 0)))
print(int("0x1f", 16), int("0b101", 0), int(" 42 "), int("-0o17", 8), int("1_000"), int("z", 36), int(3.99), int(-3.99), int("١٢٣"), float(" 1.5e3 "), float("-inf"), float("nan"), float("1_0.5"))
for bad in ["int('1.5')", "int('')", "int('0x1f')", "int('12', 1)", "int('_1')", "float('1,5')", "float('')", "int(float('inf'))", "int(float('nan'))", "int('9' * 5000)", "1 / 0", "1 // 0", "1 % 0", "1.0 / 0", "0 ** -1", "divmod(1, 0)", "2 ** 10000.5", "math.sqrt(-1)", "math.log(0)", "10 ** 400 * 1.0", "float(10 ** 400)", "math.exp(1000)", "int('1' * 4301)", "str(10 ** 4301)"]:
    try:
        r = eval(bad)
        print(bad, "->", r if len(repr(r)) < 80 else repr(r)[:20])
    except Exception as e:
        print(bad, type(e).__name__, e)
print(7 // 2, -7 // 2, 7 % -3, -7 % 3, divmod(-7, 2), divmod(7.5, -2), 2 ** -1, (-8) ** (1 / 3), pow(2, 10, 1000), pow(3, -1, 7), pow(-2, 3), 10 ** 20, 1e308 * 10, -1e308 * 10)
print(0.1 * 3, 1.1 + 2.2, 3 * 1.1, 1e16 + 1, 2 ** 53 + 1.0, math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1.5, 2]), math.isqrt(10 ** 20 + 1))
print(hex(255), oct(-8), bin(5), hex(-0), format(-255, "#x"), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-1).to_bytes(1, "big", signed=True), (1024).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else "")
print(complex(1, -0.0), complex("1+2j"), (1 + 2j) * (3 - 1j), abs(3 + 4j), (1j) ** 2, complex(0, 1) ** 0.5, 1j.conjugate(), complex(-0.0, -0.0), -1j, 0j, (1e300j) * 1e300j)
print(True + True, True * 3.5, -True, ~True, True / 2, int(True), bool(-0.0), bool(0j), bool(float("nan")), 3 == 3.0, hash(3) == hash(3.0), 0.1 + 0.2 == 0.3, float("nan") == float("nan"))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit, sys.maxsize, sys.int_info.default_max_str_digits)
print(float.fromhex("0x1.8p1"), (0.5).hex(), float.fromhex("-0x1p-1074"), (3.0).as_integer_ratio(), (0.1).as_integer_ratio(), (7).as_integer_ratio(), (2.5).__round__(), (2.5).__trunc__(), math.trunc(-2.5), math.floor(-2.5), math.ceil(-2.5))
print(f"{1e100:.3g}", f"{123.456:.0f}", f"{0.5:.0f}", f"{1.5:.0f}", f"{-0.0:.1f}", f"{1e-10:f}", f"{12345.6789:,.2f}", f"{1234567:_x}", f"{0.000012345:.2e}", f"{float('nan'):+}", f"{float('inf'):08.2f}")
