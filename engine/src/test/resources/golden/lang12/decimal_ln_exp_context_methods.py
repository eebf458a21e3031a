# Decimal's exp, ln and log10 are correctly rounded to the context's precision (exact results stay exact),
# and a Context's own arithmetic methods use that context.
from decimal import *
vals = ["0","-1","Infinity","-Infinity","1","2","0.5","1E+5","-5","100","1E-10","1000","1.000","3.14159","0.001","123456.789","-0.5","1.0000000001","7","2.302585092994045684017991455", "1E+6", "-1E+3", "0.1", "10", "2.5E-7"]
for v in vals:
    d = Decimal(v)
    out = []
    for m in ("ln", "log10", "exp"):
        try:
            out.append(str(getattr(d, m)()))
        except Exception as e:
            out.append(type(e).__name__)
    print(v, out)
for p in (5, 10, 50):
    getcontext().prec = p
    print(p, Decimal(2).ln(), Decimal(2).exp(), Decimal(10).log10(), Decimal(3).log10(), Decimal("0.5").exp(), Decimal(-3).exp())
getcontext().rounding = ROUND_DOWN
print(Decimal(2).ln(), Decimal(2).exp())

c=Context(prec=3)
for f in [lambda: c.add(1.5,2), lambda: c.add("1",2), lambda: c.add(1,2), lambda: c.divide(1,7), lambda: c.sqrt(2), lambda: c.power(2,10), lambda: c.divide_int(7,2), lambda: c.remainder(7,3), lambda: c.divmod(7,3), lambda: c.plus(Decimal("1.23456")), lambda: c.minus(5), lambda: c.abs(-5), lambda: c.multiply(Decimal("1.111"), 3), lambda: c.subtract(1, Decimal("0.0001")), lambda: c.quantize(Decimal("1.2345"), Decimal("0.01")), lambda: c.to_sci_string(Decimal("1E+5")), lambda: c.max(1,2), lambda: c.compare(1,2), lambda: c.exp(1), lambda: c.ln(10), lambda: c.log10(1000), lambda: c.normalize(Decimal("1.00")), lambda: c.fma(2,3,4), lambda: c.power(2,3,5), lambda: c.Etiny(), lambda: c.Etop(), lambda: c.is_zero(0), lambda: c.create_decimal("1.23456"), lambda: getcontext().prec]:
  try: print(repr(f()))
  except Exception as e: print(type(e).__name__, e)
