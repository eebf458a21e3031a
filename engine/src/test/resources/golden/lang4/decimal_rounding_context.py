from decimal import *
import decimal
c = getcontext()
print(c.prec, c.rounding, type(c).__name__, repr(Decimal), Decimal.__name__)
a = Decimal("10.25"); b = Decimal("3")
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), -a, +a, abs(-a), a ** 2)
print(Decimal("-10.25") // 3, Decimal("-10.25") % 3, divmod(Decimal(-7), Decimal(2)), Decimal("0.0") * 5, Decimal("5.000") + Decimal("0"), Decimal("1.000") * Decimal("1.00"))
for r in [ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP]:
    print(r, [str(Decimal(x).quantize(Decimal("1"), rounding=r)) for x in ["2.5", "-2.5", "1.4", "-1.6", "0.5", "3.51", "-0.1"]])
with localcontext() as ctx:
    ctx.rounding = ROUND_HALF_UP
    ctx.prec = 4
    print(Decimal("1.23456") + 0, Decimal(2) / 3, Decimal("99999") * 1, Decimal("0.00012345") * 1)
print(Decimal(1) / 3 + Decimal(2) / 3, Decimal("1e-30") + 1, Decimal(10) ** 28, Decimal(10) ** 29 + 1)
print(str(Decimal("0.000000")), Decimal("-0.00"), Decimal("1.23E+5"), Decimal("12300E-2"), Decimal("0E-10"), Decimal("123456789012345678901234567890.12"))
print(f"{Decimal('1e10'):f}", f"{Decimal('0.1'):.5f}", f"{Decimal('12345.6789'):>15,.2f}|", f"{Decimal('-0.5'):.0f}", f"{Decimal('1.5'):.0f}", f"{Decimal(100):.1%}")
prices = [Decimal("4.99"), Decimal("12.50"), Decimal("0.99")]
tax = Decimal("0.0825")
subtotal = sum(prices)
print(subtotal, (subtotal * tax).quantize(Decimal("0.01"), ROUND_HALF_UP), subtotal + (subtotal * tax).quantize(Decimal(".01")))
print(min(prices), max(prices), sorted(prices, reverse=True), Decimal("4.99") in prices, prices.index(Decimal("12.5")))
print(Decimal(0.5), Decimal(1.1), Decimal(-2.0), Decimal(1e20), Decimal.from_float(0.25), Decimal(float("inf")))
try:
    Decimal("1.2.3")
except InvalidOperation as e:
    print(type(e).__name__, e.args, isinstance(e, ArithmeticError))
try:
    Decimal(5) / Decimal(0)
except ZeroDivisionError as e:
    print("zde", type(e).__name__, isinstance(e, DecimalException))
x = Decimal("7.5")
print(int(x), float(x), round(x), round(x, 0), x.to_integral_value(), x.is_finite(), x.is_nan(), x.as_tuple().digits, bool(Decimal(0)), bool(Decimal("0.1")))
Decimal("oops")
