from fractions import Fraction
from decimal import Decimal
vals = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**70, 1.5, -0.5, 0.1, 1e300, float("inf"), float("-inf"), 2.0, True, False,
        (), (1,), (1, 2), (1, (2, 3)), ("",) if False else (None,) if False else (1.5, -1), frozenset(), frozenset({1, 2}), frozenset({(1, 2), 3}),
        1j, 1 + 2j, -3.5j, Fraction(1, 3), Fraction(-7, 2), Fraction(5), Decimal("1.5"), Decimal("0.1"), Decimal(10)]
for v in vals:
    try:
        print(repr(v), hash(v))
    except TypeError as e:
        print(repr(v), "TypeError:", e)
print(hash(1) == hash(1.0) == hash(Fraction(1)) == hash(Decimal(1)) == hash(True), hash(0.5) == hash(Fraction(1, 2)))
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "a"}[(1, 2)], hash(range(1, 5, 2)) == hash(range(1, 7, 2)))
