from decimal import Decimal, InvalidOperation
for s in ["Infinity", "-Infinity", "NaN", "0", "-0", "-2", "1", "10", "1000", "2", "0.5", "12.5"]:
    for m in ("ln", "log10"):
        try:
            print(s, m, getattr(Decimal(s), m)())
        except InvalidOperation as e:
            print(s, m, "InvalidOperation")
