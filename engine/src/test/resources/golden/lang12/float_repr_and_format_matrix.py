vals = [1e22, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.1 * 3, 1 / 3, 2 / 3, 5e-324, 1.7976931348623157e308,
        100.0, 1234.5, 0.000123456, 9.999999999999999e22, 12345678.9, 1e100, -1.5e-10, 3.0e5, 2.5e-3]
specs = ["", ".3", ".3g", ".10g", "e", ".2e", "f", ",", ".1%", "+.0f", "g", "G", "E", "08.2f", "<12", "^12.3", "=+12.2e", "_.4f"]
for v in vals:
    print(repr(v), str(v))
    print("   ", " | ".join(f"{v:{s}}" for s in specs))
for v in [0.5, 1.5, 2.5, -0.5, 0.125, 0.375, 1.005, 2.675, 1e-7, 123.456]:
    print(v, round(v), round(v, 1), round(v, 2), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", "%.2f" % v, "%g" % v, "%.3e" % v)
print(float("1e-320"), float("4.9e-324"), float("2.2250738585072014e-308"), 1e23, 8.41e21, 2**63 * 1.0, float(2**63 - 1))
print(1e16 + 1, 9007199254740993.0, 0.1 + 0.7, 4.35 * 100, 1.1 * 1.1, 3 * 1.1, 0.3 - 0.1)
for c in [1 + 2j, -1.5j, complex(0, 0), complex(-0.0, -0.0), 1e20j, complex(1, float("nan")), (1 + 2j) ** 2, 3j / 2, complex("1+2j")]:
    print(repr(c), str(c), f"{c:.2f}", f"{c:>20}", abs(c) if c == c else "nan")
print(format(12345, "n"), format(65, "c"), format(1234.5678, "n"), format(-0.0, "f"), format(-0.0, ".0f"), format(1e-10, "n"))
print(f"{3.14159:=^+15.4f}", f"{-42:08d}", f"{42:^#10x}", f"{1234567.0:_.2f}", f"{0.000001:%}", f"{float('nan'):>8}", f"{float('-inf'):+}")
try:
    f"{1.5:,d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{10:.2d}"
except ValueError as e:
    print("ValueError:", e)
try:
    f"{1:,_}"
except ValueError as e:
    print("ValueError:", e)
print(str(1.0), str(-0.0), str(1e-5), repr(1.0e-5), str(123456789.0), str(1234567890123456789.0), float.__repr__(0.1))
print(int(1e16), int(-1e-3), 7.0 // 2, 7.5 % 2, -7.5 % 2, 2.0 ** 0.5, 10 ** -2, 2 ** 0.5 ** 2, (-2) ** 2, -2 ** 2)
