# bytes and bytearray: * called as a method takes the count as an index; the operator tries the
# other operand first. bytearray has __imul__ (in place).
class X:
    def __rmul__(s, o): return 'X.rmul'
class MB(bytes): pass
class MBA(bytearray): pass
print(b'a' * X(), MB(b'a') * X(), bytearray(b'a') * X(), MBA(b'a') * X(), 2 * b'ab', b'ab' * 2, bytearray(b'z') * 3, MB(b'q') * 2)
for expr in ["b'x'.__mul__('x')", "bytearray(b'x').__mul__('x')", "b'x'.__rmul__(2.0)", "bytearray(b'x').__rmul__(2)", "b'x'.__mul__(2)", "bytearray(b'x').__imul__('x')", "bytearray(b'x').__add__('y')", "b'x' * 'y'", "b'%d' % 5", "b'x'.__mod__(())"]:
    try:
        print(expr, '->', repr(eval(expr)))
    except Exception as e:
        print(expr, '!', type(e).__name__, e)
ba = bytearray(b'x'); b2 = ba; ba *= 3; print(b2, ba is b2)
ba += b'y'; print(b2, ba is b2)
print(hasattr(bytearray, '__iadd__'), hasattr(bytearray, '__imul__'))
class MBA2(bytearray): pass
m = MBA2(b'k'); m2 = m; m *= 2; print(m2, m is m2, type(m).__name__)
m *= X(); print(m)
