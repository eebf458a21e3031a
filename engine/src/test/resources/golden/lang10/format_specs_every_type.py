from decimal import Decimal
from fractions import Fraction
import datetime

vals = [0, 7, -42, 255, 10**12, 3.14159, -0.0, 1e-7, 2.5e10, float('inf'), float('nan'), True, 1+2j]
specs = ["", "10", "<10", "^10", ">+10", "=+10", "010", "_", ",", "x", "#X", "o", "#b", "e", ".3e", "g", ".2g",
         "%", ".1%", "n", "*^12.3f", "+.2f", " .1f", "08.2f", ".0f", "#.0f", "z.1f", "c"]
for spec in specs:
    row = []
    for v in vals:
        try:
            row.append(format(v, spec))
        except (ValueError, TypeError, OverflowError) as e:
            row.append("!" + type(e).__name__)
    print(f"{spec!r:>10}:", " | ".join(row))
for v in [Decimal("3.14159"), Decimal("-0"), Decimal("1E+5"), Fraction(22, 7)]:
    for spec in ["", ".2f", ">12", "e", "%", ",.3f", "g"]:
        try:
            print(repr(v), repr(spec), format(v, spec))
        except (ValueError, TypeError) as e:
            print(repr(v), repr(spec), "!", type(e).__name__, e)
d = datetime.date(2024, 2, 29)
print(f"{d:%Y-%m-%d %a %b %j}|{d!r}|{d:>15}|{d}")
print(f"{'abc':~^9}|{'abc'!r:>8}|{'x':=<3}|{12345678:_x}|{0.5:+08.2%}")
for bad in ["d", "s", ",d", "+s", "=10"]:
    for v in ["s", 1.5, 3]:
        try:
            format(v, bad)
        except ValueError as e:
            print(repr(bad), type(v).__name__, e)
