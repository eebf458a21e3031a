rows = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 150)]
print(f"{'item':<10}|{'price':>8}|{'qty':^5}|{'total':>9}")
print("-" * 35)
for name, price, qty in rows:
    print(f"{name:<10}|{price:>8.2f}|{qty:^5d}|{price * qty:>9,.2f}")
total = sum(p * q for _, p, q in rows)
print(f"{'TOTAL':<10}|{'':>8}|{'':^5}|{total:>9,.2f}")
print(f"{0.5:.0%} {1/3:.3%} {1234.5:e} {1234.5:.1E} {0.000012345:g} {1e20:g} {123456789:g} {1.0:g} {100:g}")
print(f"{42:#010b} {42:#o} {42:#X} {-42:+} {42: } {3.14159:+.3f} {-0.0:.1f} {2.5:.0f} {3.5:.0f}")
print(f"{1e-5:f} {1/7:.15f} {2**0.5:.20f}"[:60])
print("{:,}".format(-1234567.891), "{:_}".format(10**10), "{:.3}".format("abcdef"), "{:5}|{:<5}|".format(1, 2))
print(format(float("inf"), "f"), format(float("nan"), ".2f"), format(-float("inf"), "+e"), f"{1e16:.0f}")
print(round(123.456, -1), round(-123.456, 1), f"{round(2.675, 2)}", 1e15, 1e16, 0.1 * 3, 3 * 0.1 == 0.3)
