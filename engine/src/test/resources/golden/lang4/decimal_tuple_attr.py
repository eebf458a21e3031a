import decimal; print(decimal.DecimalTuple, decimal.Decimal("1.5").as_tuple()); decimal.nope
