# star-unpacking and argument-unpacking error wording
def f(a, b, *, c):
    return a, b, c

def case0():
    a, b = 1, 2, 3
def case1():
    a, b, c = [1, 2]
def case2():
    a, *b, c = [1]
def case3():
    a, = []
def case4():
    a, b = 5
def case5():
    a, b = None
def case6():
    (a, b), c = [1, 2], 3
def case7():
    [a, *b] = 'xy'
def case8():
    a, b = {'k': 1}
def case9():
    f(*5)
def case10():
    f(**[1])
def case11():
    f(1, 2, 3)
def case13():
    f(1, 2, c=3, d=4)
def case14():
    f(1, 2)
def case15():
    f(*[1], **{'b': 2, 'c': 3, 'a': 0})
def case16():
    print(*None)
def case17():
    dict(**{1: 2})
def case18():
    [*1]
def case19():
    {**[]}
def case20():
    x, *y, z = range(3)
    print(x, y, z)
def case21():
    first, *rest = 'hello'
    print(first, rest)
def case22():
    *a, = (1, 2)
    print(a)
def case23():
    a, b = b, a = 1, 2
    print(a, b)
cases = [('a, b = 1, 2, 3', case0), ('a, b, c = [1, 2]', case1), ('a, *b, c = [1]', case2), ('a, = []', case3), ('a, b = 5', case4), ('a, b = None', case5), ('(a, b), c = [1, 2], 3', case6), ("[a, *b] = 'xy'", case7), ("a, b = {'k': 1}", case8), ('f(*5)', case9), ('f(**[1])', case10), ('f(1, 2, 3)', case11), ('f(1, 2, c=3, d=4)', case13), ('f(1, 2)', case14), ("f(*[1], **{'b': 2, 'c': 3, 'a': 0})", case15), ('print(*None)', case16), ('dict(**{1: 2})', case17), ('[*1]', case18), ('{**[]}', case19), ('x, *y, z = range(3); print(x, y, z)', case20), ("first, *rest = 'hello'; print(first, rest)", case21), ('*a, = (1, 2); print(a)', case22), ('a, b = b, a = 1, 2; print(a, b)', case23)]
for src, fn in cases:
    try:
        fn()
    except (TypeError, ValueError) as e:
        print(f"{src!r:40} {type(e).__name__}: {e}")
