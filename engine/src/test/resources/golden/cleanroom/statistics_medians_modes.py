import statistics as st, random
from fractions import Fraction
random.seed(3)
sets = [[1], [1, 2], [3, 1, 2], [5, 5, 1, 2, 5, 9], [1.5, 2.5, 2.5, 4], [Fraction(1, 3), Fraction(2, 3), 1], [2, 2, 2, 2],
        [random.randint(0, 9) for _ in range(17)], [random.randint(0, 4) for _ in range(12)], list('abcab')]
for d in sets:
    for f in (st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode):
        try:
            print(f.__name__, d if len(d) < 8 else len(d), repr(f(d)))
        except Exception as e:
            print(f.__name__, 'error', type(e).__name__, e)
for f in (st.median, st.median_low, st.median_high, st.median_grouped, st.mode, st.multimode):
    try:
        print(f.__name__, f([]))
    except Exception as e:
        print(f.__name__, type(e).__name__, e, e.__context__)
print(st.median_grouped([1, 2, 2, 3, 4], interval=2), st.median_grouped([52, 52, 53, 54], 1))
print(st.median_grouped(iter([1, 3, 3, 5, 7]), 2))
try:
    st.median_grouped(['a', 'b'])
except TypeError as e:
    print(e)
for d, i in [([1], 2), ([3], 0.5), (['1', '2', '2', '3'], '1'), (['a', 'b'], 'x'), ([1, 2], None), ([1, 1, 1, 3], 1),
             ([1, 2, 2, 2, 9], 3), ([2, 2], Fraction(1, 3))]:
    try:
        print(d, i, repr(st.median_grouped(d, i)))
    except Exception as e:
        print(d, i, type(e).__name__, e, repr(e.__context__), e.__suppress_context__)
