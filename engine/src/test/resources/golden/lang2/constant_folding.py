# CPython folds arithmetic on constants at compile time (within its size limits): the folded values,
# the shared constant objects, co_consts, and operations that raise staying at run time.
def f():
    return 10**10
print(f() is f(), 10**6, 2**100, 2**-1, -0.0, 1 << 20, 1 << 200, "ab" * 3, b"x" * 2, (1, 2) * 2)
print("%d" % 5, 7 % 3, 7.5 // 2, -(3), +True, ~5, 1 / 3, (-8) ** (1/3), 3 - 2j)
x = 4
print(x + 10**6, x * (2 + 3), -x, not 0)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(None + 1)
except TypeError as e:
    print("TypeError:", e)
print(f.__code__.co_consts)
def g():
    a = 10**200
    return a.bit_length(), "x" * 5000 == "x" * 5000, (1,) * 300 == (1,) * 300
print(g(), g.__code__.co_consts[1:3])
print(all(i < 10**6 for i in range(1000)))
def same():
    a, b = b'ab', b'ab'
    c, d = 1j, 1j
    e, g = -0.0, -0.0
    return a is b, c is d, e is g
print(same())
