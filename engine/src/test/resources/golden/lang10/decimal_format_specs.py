from decimal import Decimal
from decimal import Decimal as D, getcontext, ROUND_HALF_UP
vals = ["3.14159", "-3.5", "-0", "0", "0.000", "1E+5", "-1.23E-8", "123456.789", "0.00001234", "5E-7", "100", "1.50", "Infinity", "-Infinity", "NaN", "0E+3", "-0.005"]
specs = ["", "e", ".2e", "E", "g", ".3g", "G", ".0g", "f", ".1f", ".0f", "%", ".1%", ",", ",.2f", "_.3f", ">12", "<10.3", "^+12.2f", "012.3f", "+e", " g", "#.0f", "#g", ".2", "n", "z.1f", "=+10", "010"]
for v in vals:
    d = Decimal(v)
    out = []
    for s in specs:
        try:
            out.append(format(d, s))
        except Exception as e:
            out.append("!" + type(e).__name__)
    print(v, "|", " ".join(f"[{o}]" for o in out))
for s in ['_','#f','q','010,.2f','015,','08,d','x',',.2%','.2F','F','<05','=^10', 'n', ',', ',.3e', '012,.1e', '0>12', '*<12,', '+015,.2f', 'z,.2f', ' 09.3g', '.30f', '.1g', '.1G', '.0e', '.0%']:
    row = []
    for v in ['1234.5', '-0.5', 'Infinity', '-1234567.891', '9.995', '0.0000001', '1E+30', '-0E-2', 'NaN', '123456789012345678901234567890.5']:
        try:
            row.append(repr(format(D(v), s)))
        except Exception as e:
            row.append(f"{type(e).__name__}:{e}")
    print(repr(s), *row)
getcontext().rounding = ROUND_HALF_UP
print(format(D('2.5'), '.0f'), format(D('0.125'), '.2f'), f"{D('9.995'):.2f}", f"{D('-2.5'):.0f}")
print(f"{D('1.10') * 3:.2f} {D(10) / 3:.4} {D('19.99') * 100:,.0f} {sum(D('0.1') for _ in range(10)):f}")
