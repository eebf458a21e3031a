from array import array
import array as m
a = array('f', [0.1, 1e40, -1e-50, 1.5, 3.4028235e38, 1e-45, 2.5e-40])
print(a, a.tobytes().hex())
print(array('d', [1, 2]) == array('f', [1, 2]), array('i', [1, 2]) == array('d', [1.0, 2.0]), array('i', [1, 2]) < array('i', [1, 3]), array('i') == [], bool(array('i')))
a = array('i', [1, 2, 3, 4, 5]); a[1:3] = array('i', [9]); print(a); del a[::2]; print(a); print(a * 2, 2 * a, a[::-1], a[-1], 3 in a, a.count(9))
print(array('u', 'hi'), array('u', 'hi').tounicode(), array('b', [1, -1]).tobytes(), array('H', [1, 256]).tobytes(), array('u'), array('d'))
b = array('h'); b.frombytes(b'\x01\x00\xff\xff'); print(b, b.itemsize, b.typecode, list(b), b.tolist())
x = array('d', [1.5]); x.extend([2, 3]); x.append(4); x.insert(0, -1); print(x.pop(), x.pop(0), x, x.index(2.0), len(x))
x.reverse(); print(x); x.byteswap(); print(x); print(m.typecodes, [array(t).itemsize for t in m.typecodes])
print(array('i', range(3)), array('d', (i / 2 for i in range(3))), array('b', array('i', [1, 2])), array('d', array('i', [1, 2])))
c = array('i', [3]); c += array('i', [4]); c *= 2; print(c)
print(array('i', [5, 1, 4]).__class__.__name__, sorted(array('i', [5, 1, 4])), sum(array('d', [0.5, 0.25])), max(array('B', [3, 200])))
print(array('q', [2 ** 62]).tobytes().hex(), array('f', [1.5]).tobytes().hex(), array('d', [1.5]).tobytes().hex(), array('u', 'é').tobytes())
print(array('i', [1, 2])[0:1], type(array('i', [1, 2])[0:1]).__name__, array('i').buffer_info()[1], array('l', [7]).buffer_info()[1])
for tc in 'bBhHiIlLqQ':
    it = array(tc).itemsize
    signed = tc.islower()
    lo = -(1 << (8 * it - 1)) if signed else 0
    hi = (1 << (8 * it - 1)) - 1 if signed else (1 << 8 * it) - 1
    ok = array(tc, [lo, hi])
    for v in [lo - 1, hi + 1, 2 ** 70]:
        try:
            array(tc, [v])
        except OverflowError as e:
            print(tc, v, "OverflowError:", e)
    print(ok)
for args in [('z',), ('i', [1.5]), ('d', ['x']), ('i', 'abc'), ('u', [1]), ('u', 'ab'), ('i', b'\x01\x00\x00\x00'), ('b', 5)]:
    try:
        print(array(*args))
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__, e)
a = array('i', [1, 2, 3])
for expr in ["a.remove(9)", "a.index(9)", "array('i').pop()", "a[10]", "a.__setitem__(10, 1)", "a + [1]", "a.extend(array('d', [1.0]))",
             "a.__setitem__(slice(0,1), [5])", "a * 'x'", "array('i', [1]) + array('d', [1])", "a.fromlist((1,))", "a.frombytes(b'abc')",
             "a.tounicode()", "a['x']", "a.extend(3)", "array('u', 'ab').fromunicode(1)", "a.__iadd__([1])", "a.append('x')", "a.insert('x', 1)",
             "a.index(2)", "a.pop(5)"]:
    try:
        print(expr, "->", eval(expr))
    except (TypeError, ValueError, IndexError) as e:
        print(expr, type(e).__name__, e)
import copy
d = array('d', [1.0, 2.0]); e = copy.copy(d); e[0] = 9; print(d, e, copy.deepcopy(d) == d)
for v in a:
    print(v, end=" ")
print()
