x, name, items = 3.14159, "Ann", [1, 2]
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{name=!s}", f"{name=!r:>8}", f"{items=}", f"{len(items) * 2 = }")
print(f"{'nested'!r:^12}", f"{x:{'>'}{10}.{3}}", f"{{literal}}", f"{3+4=}", f"{name.upper()=}")
w = 7
print(f"{x:{w}.2f}|", f"{name:*^{w}}|", f"{12345:,}", f"{0.25:%}", f"{255:#x} {255:#o} {255:#b} {255:X}")
print(f"{-5:05d}", f"{5:+d}", f"{5: d}", f"{'a':<3}|{'b':>3}|", f"{True}", f"{None!r}", f"{b'x'}")
import datetime
print(f"{datetime.date(2024, 1, 5):%Y/%m/%d}")
