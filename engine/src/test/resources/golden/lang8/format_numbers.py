import math
vals = [0, 1, -1, 3.14159, -2.5, 1e10, 1.5e-7, float('inf'), float('nan'), 123456789, True]
for spec in ["", ">10", "<10", "^10", "+", " ", "08.3f", ".2e", ".3g", ",", "_", "x", "#o", "%", ".1%", "=+10.2f", "*^12,.1f"]:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError) as e:
            row.append("E:" + str(e)[:40])
    print(repr(spec), row)
print(f"{'hi':>{6}}|{3.5:{'>'}{8}.{2}f}|{42!r:^8}|{'é'!a}")
print("%5.2f|%-6d|%x|%o|%e|%r|%s|%%|%c|%+d" % (3.14159, 42, 255, 8, 12345.678, "s", None, 65, 5))
print("{0}{1}{0}".format("a", "b"), "{x.real}{y[0]}".format(x=3j, y=[7]))
print(f"{1234567.891:,.2f} {0.000012345:.3g} {12345678901234567890:,} {-0.0} {1e16} {1e-5} {123.0}")
print(repr(1/3), str(2/3), 1e22, 1e21, 1.0e-4, 12345678912345678.0)
print(format(1234.5, "n"), format(-0.0, "+.1f"), format(2**70, "e"), format(10**20, ".3g"))
print(f"{3+4j:.2f}", format(1j, ""), complex(1, -0.0), -(0j))
print("{:>8b}|{:#x}|{:#X}|{:c}".format(5, 255, 255, 9731))
try:
    print(format("s", "d"))
except ValueError as e:
    print(e)
try:
    print(format(1.5, "d"))
except ValueError as e:
    print(e)
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2), round(5.5e300, -299))
print(f"{'x'=}", f"{1+1 = }", f"{math.pi=:.3f}")
print("%(a)s-%(b)03d" % {"a": "A", "b": 7}, "%.3s" % "abcdef", "%*d" % (5, 3))
print(str(1e100), repr(1.1), 0.1 + 0.2, 1e300 * 1e10, -1e300 * 1e10)
print(int("0x1f", 16), int("1_000"), float("  -1.5e3 "), int(" 42 "), float("infinity"), float("-nan"))
print(divmod(-7, 2), divmod(7.5, -2), -7 // 2, -7 % 2, 7 % -3, pow(2, -1), pow(3, 4, 5), pow(3, -1, 7))
print(1 / 3 * 3 == 1, 0.1 * 3, 2 ** 0.5, (-8) ** (1/3))
print(int(1e20), int(-2.9), int(2.9), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5))
print((255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (5).bit_length(), (-5).bit_count() if hasattr(int, "bit_count") else 0)
print(0.1.as_integer_ratio(), (2.5).is_integer(), float.fromhex("0x1.8p1"), (3.0).hex())
print(hash(1.0) == hash(1), hash(-1), hash(float('inf')), 10**30 // 7, -10**30 // 7, 10**30 % -7)
print(complex("1+2j"), abs(3+4j), (1+2j).conjugate(), (1+2j) ** 2, 2 ** 100, 7 ** -2)
print(bin(-10), oct(64), hex(-255), int("-0b101", 0), int("0o17", 0))
