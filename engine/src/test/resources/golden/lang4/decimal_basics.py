from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, InvalidOperation, DivisionByZero
import decimal
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal(10), Decimal("1.10") + Decimal("2.20"), Decimal("-0"), Decimal("1e3"), Decimal("1E-7"), Decimal("123.4500"))
print(repr(Decimal("3.14")), Decimal(1) / Decimal(3), Decimal(2) / Decimal(3), Decimal(1) / Decimal(4), Decimal(10) / Decimal(2), Decimal("1.00") / Decimal(2), Decimal(1) / Decimal(8))
print(Decimal("19.99") * 3, Decimal("100") - Decimal("0.01"), Decimal("2.5") * Decimal("4"), Decimal("1.5") ** 2, Decimal(2) ** 10, Decimal(2) ** -2, Decimal(7) // 2, Decimal(-7) // 2, Decimal(7) % 3, Decimal(-7) % 3)
price = Decimal("19.995")
print(price.quantize(Decimal("0.01")), price.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), price.quantize(Decimal("1"), rounding=ROUND_DOWN), Decimal("2.675").quantize(Decimal("0.01")))
print(round(Decimal("2.5")), round(Decimal("3.5")), round(Decimal("2.567"), 2), int(Decimal("-3.9")), float(Decimal("1.25")), Decimal("3.7").to_integral_value(), Decimal("-3.2").to_integral_value(ROUND_CEILING))
print(Decimal("1.0") == Decimal("1"), Decimal("0.1") == 0.1, Decimal(1) == 1, Decimal("1.5") > 1, Decimal("0.5") < 0.6, sorted([Decimal("3"), Decimal("1.5"), Decimal("2")]), max(Decimal(1), Decimal("1.01")))
print(hash(Decimal(5)) == hash(5), hash(Decimal("0.5")) == hash(0.5), {Decimal("1.0"): "a"}[Decimal(1)], sum([Decimal("0.1")] * 10), sum([Decimal("0.1")] * 3, Decimal(0)))
getcontext().prec = 6
print(Decimal(1) / Decimal(7), Decimal("123456789") * 1, Decimal("1.23456789") + 0, +Decimal("9.9999999"))
getcontext().prec = 28
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2).sqrt(), Decimal(1) / 3)
print(Decimal(2).sqrt(), Decimal(16).sqrt(), Decimal("0.25").sqrt(), getcontext().prec, getcontext().rounding)
for bad in ["Decimal('abc')", "Decimal(1) / 0", "Decimal(0) / 0", "Decimal(1) + 1.5", "Decimal('1') < 'a'", "Decimal([1])", "Decimal('1.5') * 2.0"]:
    try:
        print(eval(bad))
    except Exception as e:
        print(type(e).__name__, e)
print(f"{Decimal('1234.5'):.2f}", f"{Decimal('1234.5'):,.2f}", f"{Decimal('0.125'):.2%}", f"{Decimal('3.14159'):10.3f}|", f"{Decimal('42')}", format(Decimal("1.5"), "e"), f"{Decimal('-2.5'):+.1f}")
print(Decimal("1.20").normalize(), Decimal("100").normalize(), Decimal("1.5").as_tuple(), Decimal("-0.25").as_integer_ratio(), Decimal("12.345").adjusted(), Decimal("0.000001"), Decimal("0.0000001"), Decimal("1e20"), Decimal(10**30))
print(Decimal("Infinity"), Decimal("-inf"), Decimal("NaN"), Decimal("1e5") + 0, Decimal("5E+2") * 1, Decimal(" 7 "), Decimal("1_000"), Decimal((0, (1, 4), -1)), Decimal(True))
print(type(Decimal(1)), Decimal.__module__, Decimal(3).is_zero(), Decimal(-1).is_signed(), Decimal(-1).copy_abs(), -Decimal(5), abs(Decimal("-1.5")), decimal.getcontext().prec)
total = Decimal("0")
for item in ["9.99", "0.01", "5.00"]:
    total += Decimal(item)
print(total, total * Decimal("1.08"), (total * Decimal("1.08")).quantize(Decimal("0.01")))
print(Decimal(1) / Decimal(3) * 3, Decimal("1") - Decimal("0.9") == Decimal("0.1"), 1 - Decimal("0.1"), 2 * Decimal("0.5"), 3 / Decimal(4), 10 // Decimal(3), 2 ** Decimal(3))
