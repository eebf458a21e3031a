import math
vals = [0.1+0.2, 1e16, 1e-5, 123456789.123, -0.0, float('inf'), float('nan'), 2.5, 1/3, 1e22, 12345678901234567890.0]
for v in vals:
    print(repr(v), str(v), f"{v:.3f}", f"{v:e}", f"{v:g}", f"{v:10.2%}", format(v, ","), round(v, 2) if math.isfinite(v) else v)
for n in [0, 7, -255, 10**20, 1234567]:
    print(f"{n:#x} {n:#o} {n:#b} {n:_} {n:,} {n:+08d} {n:^12} {n:*<10} {n:=+10}")
print(f"{'abc':>10}|{'abc':<10}|{'abc':^10}|{'abc':.2}")
print("%5.2f %-5d| %s %r %x %o %e %c %%" % (3.14159, 42, "s", "r", 255, 8, 12345.678, 65))
print("{0} {1} {0}".format("a", "b"), "{name}!".format(name="x"), "{:>{w}}".format("r", w=5))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234, -2))
print(divmod(-7, 2), -7 // 2, -7 % 2, 7 % -2, divmod(7.5, 2), 2 ** -1, (-8) ** (1/3))
print(int("0x1f", 16), int("  12  "), int("1_000"), float("1e3"), int(3.99), int(-3.99))
print(complex(1, 2) * complex(3, -1), abs(3+4j), (1+2j).conjugate(), 1j ** 2)
print(0.1 + 0.2 == 0.3, math.isclose(0.1+0.2, 0.3), math.floor(-2.5), math.ceil(2.1), math.sqrt(2))
print(10 / 4, 10 // 4, 2 ** 100, 7 / 7, True + True, 3 * "ab", [0] * 3)
print(f"{3.0}", f"{1e100}", f"{100.0:.0f}", f"{0.000001234}", f"{1.5e-7}", str(1e15), str(1e16))
print(hex(255), oct(8), bin(5), f"{255:X}", int("ff", 16), float.fromhex("0x1.8p1"), (0.5).hex())
print((1.5).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"))
