from decimal import Decimal, ROUND_DOWN, ROUND_CEILING, ROUND_HALF_EVEN, Context, getcontext
from fractions import Fraction
vals = [Decimal("1234.5678"), Decimal("-0.005"), Decimal("1E+3"), Decimal("0.000012"), Decimal("100"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("2.50")]
specs = ["", ",.2f", ".3", ".3g", "e", ".2e", "%", ".1%", ">12.2f", "+", "010.3f", "_f", ".0f", "g", "E"]
for v in vals:
    out = []
    for s in specs:
        try:
            out.append(format(v, s))
        except (ValueError, TypeError) as e:
            out.append(f"!{type(e).__name__}")
    print(repr(v), str(v), " | ".join(out))
print(Decimal("2.5").quantize(Decimal("1"), rounding=ROUND_HALF_EVEN), Decimal("3.5").quantize(Decimal("1")), Decimal("-2.7").to_integral_value(rounding=ROUND_CEILING))
print(Decimal("1.99").quantize(Decimal("0.1"), rounding=ROUND_DOWN), Decimal(1) / 3, Decimal("0.1") * 3 == Decimal("0.3"), Decimal(2).sqrt())
print(Decimal("123.456").as_tuple(), Decimal("1.20") + Decimal("1.3"), Decimal("5") % Decimal("-3"), Decimal("5").max(Decimal("7")), Decimal(10).ln().quantize(Decimal("0.0001")))
ctx = Context(prec=3)
print(ctx.divide(Decimal(1), Decimal(7)), ctx.add(Decimal("1.234"), Decimal("5")), ctx.prec, getcontext().rounding)
print(sorted([Decimal("1.1"), Decimal("1.10"), Decimal("1.05")]), Decimal("1.1") == Decimal("1.10"), hash(Decimal("1.5")) == hash(1.5), Decimal(3) == 3.0)
print(int(Decimal("-3.9")), float(Decimal("1.1")), round(Decimal("2.345"), 2), Decimal.from_float(0.1), Decimal("1e-10").normalize(), Decimal("12345678901234567890.5") + 1)
fr = [Fraction(1, 3), Fraction(-5, 4), Fraction(7), Fraction("3.1415")]
for f in fr:
    print(f, repr(f), float(f), f.numerator, f.denominator, round(f, 2), f"{float(f):.3f}", int(f), f.limit_denominator(10))
print(sum(Fraction(1, n) for n in range(1, 6)), Fraction(1, 3) + 0.5, Fraction(2, 4) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5), Fraction(3, 4) ** -2)
