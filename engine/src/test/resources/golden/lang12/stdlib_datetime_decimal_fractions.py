import datetime as dt
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, InvalidOperation, DivisionByZero
from fractions import Fraction

d = dt.date(2024, 1, 31)
print(d + dt.timedelta(days=30), d - dt.date(2023, 12, 25), d.weekday(), d.isoweekday(), d.isocalendar(), d.replace(month=2, day=29))
try:
    d.replace(month=2)
except ValueError as e:
    print("ValueError:", e)
try:
    dt.date(2023, 2, 29)
except ValueError as e:
    print("ValueError:", e)
t = dt.datetime(2024, 3, 10, 14, 5, 9, 123456)
print(t, t.isoformat(timespec="minutes"), t.strftime("%Y-%m-%d %H:%M:%S.%f %j %a %B %p %I"), t.date(), t.time())
print(dt.datetime.fromisoformat("2024-03-10T14:05:09"), dt.datetime.strptime("10/03/24 2pm", "%d/%m/%y %I%p"))
try:
    dt.datetime.strptime("2024-13-01", "%Y-%m-%d")
except ValueError as e:
    print("ValueError:", e)
td = dt.timedelta(days=1, hours=25, minutes=-30, seconds=0.5)
print(td, td.total_seconds(), td.days, td.seconds, -td, abs(-td), td * 2, td / 3, td // dt.timedelta(hours=1), repr(td))
print(dt.timedelta(microseconds=-1), dt.timedelta(weeks=1) > dt.timedelta(days=6), dt.timedelta(0) == dt.timedelta())
tz = dt.timezone(dt.timedelta(hours=5, minutes=30), "IST")
aware = dt.datetime(2024, 1, 1, 12, tzinfo=tz)
print(aware, aware.utcoffset(), aware.tzname(), aware.astimezone(dt.timezone.utc), repr(dt.timezone.utc))
try:
    aware - dt.datetime(2024, 1, 1)
except TypeError as e:
    print("TypeError:", e)
print(sorted([dt.date(2024, 5, 1), dt.date(2023, 1, 1)]), dt.date.min, dt.time(23, 59).replace(minute=0), dt.date(2024, 1, 1).strftime("%A %d"))
print(Decimal("0.1") + Decimal("0.2"), Decimal(0.1), Decimal("1.10") * 3, Decimal("10") / Decimal("3"), Decimal("-0"), Decimal("1e3"))
print(Decimal("2.675").quantize(Decimal("0.01")), Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP), round(Decimal("2.5")), round(Decimal("3.14159"), 2))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(7), ctx.prec)
print(getcontext().prec, Decimal("1.000").normalize(), Decimal("12.30").as_tuple(), Decimal("nan").is_nan(), Decimal("inf") > 10**100)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation:", type(e).__name__, e.args[0][0].__name__ if e.args and isinstance(e.args[0], list) else e.args)
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero caught", isinstance(e, ZeroDivisionError))
try:
    Decimal("1.5") + 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal(5) + 1, Decimal("7") // 2, Decimal("-7") // 2, Decimal("-7") % 2, -7 // 2, Decimal(10) ** 2, Decimal("3.0") == 3)
print(Fraction(3, 6), Fraction("0.75"), Fraction(1.5), Fraction(1, 3) + Fraction(1, 6), Fraction(1, 3) * 3, Fraction(-7, 2) // 1)
print(Fraction(22, 7).limit_denominator(5), float(Fraction(1, 8)), Fraction(2, 3) < 0.7, repr(Fraction(5)), str(Fraction(5)), Fraction(3, 4).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    Fraction("x/2")
except ValueError as e:
    print("ValueError:", e)
print(round(Fraction(7, 2)), round(Fraction(5, 2)), Fraction(1, 3) ** 2, Fraction(4, 9) ** 0.5, abs(Fraction(-1, 2)), Fraction(1, 2) == 0.5)
