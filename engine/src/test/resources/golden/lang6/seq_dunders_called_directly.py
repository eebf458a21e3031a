# Calling a sequence's + and * methods directly is not the operator: the method raises where the
# operator would go on to the other operand's reflected method.
from collections import deque
class X:
    def __rmul__(s, o): return 'X.rmul'
    def __radd__(s, o): return 'X.radd'
    def __mul__(s, o): return 'X.mul'
class ML(list): pass
class MS(str): pass
class MT(tuple): pass
class MS2(str):
    def __mul__(self, o):
        return 'MS2:' + super().__mul__(o)
print(ML([1]) * X(), MS('a') * X(), MS('a') + X(), MT((1,)) * X(), [1] * X(), 'a' * X(), 'a' + X(), X() * 'a')
print(MS2('ab') * 2, 3 * ML([0]), deque([1, 2]) * 2)
for expr in ["MS2('a') * 'q'", "deque([1]).__mul__('x')", "deque([1]).__imul__(2.0)", "ML([1]).__rmul__(None)", "'x'.__add__(None)", "[1] * 'x'", "'a' * 'b'", "(1,) * 2.5", "'x'.__mul__(3)", "[0].__rmul__(2)", "[1].__imul__(2)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
ml = ML([1, 2])
ml *= X()
print(ml)
ml2 = ML([1]); ml2 *= 2; print(ml2, type(ml2).__name__)
dq = deque([1]); dq *= 3; print(dq)

for expr in ["'x'.__add__(1)", "[].__mul__('x')", "'x'.__mul__('y')", "[1].__add__((2,))", "(1,).__add__([2])", "'ab'.__mod__(5)", "[].__iadd__(5)", "(1).__add__('x')", "'x'.__rmul__(2)", "(1,).__add__(1)", "(1,).__mul__('x')", "[1].__rmul__('x')", "'x'.__rmul__('x')", "(1,).__rmul__(1.5)", "[1].__imul__('x')", "'a'.__add__(b'x')", "[].__add__(5)"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
