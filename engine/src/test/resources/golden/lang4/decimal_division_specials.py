# //, divmod and % of Decimals with zero, infinite and NaN operands, and the signals' lists in the messages
from decimal import Decimal as D, InvalidOperation, DivisionByZero
cases = ["1", "0", "-1", "-0", "7.5", "inf", "-inf", "nan"]
for a in cases:
    for b in ["0", "-0", "inf", "-inf", "2", "-2.5", "nan"]:
        row = []
        for f in (lambda x, y: x // y, divmod, lambda x, y: x % y):
            try:
                row.append(repr(f(D(a), D(b))))
            except (InvalidOperation, DivisionByZero) as e:
                row.append(type(e).__name__)
        print(a, b, " | ".join(row))
for a, b, f in [("1","0",divmod),("0","0",divmod),("1","0",lambda x,y:x%y),("0","0",lambda x,y:x%y),("inf","2",divmod),("inf","inf",lambda x,y:x//y),("inf","2",lambda x,y:x%y),("1","0",lambda x,y:x//y),("0","0",lambda x,y:x//y),("inf","0",lambda x,y:x%y)]:
    try:
        print(f(D(a), D(b)))
    except Exception as e:
        print(type(e).__name__, e, type(e).__mro__[1].__name__)
