a, *b, c = range(6); print(a, b, c)
(x, y), z = (1, 2), 3; print(x, y, z)
first, *_ = "hello"; print(first, _)
d = {"a": 1, **{"b": 2}}; print(d, [*d, *"xy"], {*range(3)})
def f(a, b=2, *args, c, d=4, **kw): return a, b, args, c, d, kw
print(f(1, c=3), f(1, 2, 3, 4, c=5, e=6), f(*[1, 2], **{"c": 3}))
for tgt in ["a, b = 1,", "a, b = [1, 2, 3]", "a, *b, c = [1]", "f()", "f(1, 2, 3)", "f(1, c=1, a=2)", "f(1, c=1, zz=2) if False else f(c=1)", "[a, b] = 5"]:
    try:
        exec(tgt, {"f": f})
    except TypeError as e: print("TypeError:", e)
    except ValueError as e: print("ValueError:", e)
def g(x, /, y, *, z): return x, y, z
try: g(x=1, y=2, z=3)
except TypeError as e: print(e)
try: g(1, 2, 3)
except TypeError as e: print(e)
print(g(1, y=2, z=3))
m = [[1, 2], [3, 4]]
print([v for row in m for v in row], list(zip(*m)), dict(zip("ab", m)), {k: v for k, v in [("x", 1)]})
i = 10; print([i for i in range(3)], i)
print((lambda *a, **k: (a, k))(1, x=2), (lambda: (yield))().__class__.__name__)
a = b = []; a.append(1); print(b, a is b)
x = [1, 2, 3]; x[1:2] = [7, 8, 9]; print(x); del x[::2]; print(x); x[::-1] = [0, 0]; print(x)
try: x[::2] = [1, 2, 3]
except ValueError as e: print(e)
t = 1, 2; print(t * 2, t + (3,), t.count(1), (1,) < (1, 2), [1, 2] == [1, 2], [1] * 0)
n = 5; n += 1; n -= 2; n *= 3; n //= 2; n **= 2; n %= 7; n <<= 2; n |= 1; n ^= 3; n >>= 1; print(n)
s = {1, 2, 3}; s |= {4}; s &= {1, 4, 5}; s -= {1}; print(s, {1, 2} ^ {2, 3}, {1} <= {1, 2}, {1, 2}.isdisjoint({3}))
