# Which object tuple, bytes and float operations give back, as CPython 3.11.7 does: an empty
# operand of + or a repeat by 1 gives the exact object itself; float(f) and f.real of an exact float
# are f; subclasses' instances give a new exact object.


class T(tuple):
    pass


class B(bytes):
    pass


class F(float):
    pass


t = tuple([1, 2, 3])
e = tuple([])
b = bytes([97, 98, 99])
f = 1.5 * 3
print(t + () is t, () + t is t, t + e is t, e + t is t, t * 1 is t, 1 * t is t, t * True is t)
z = ()
print(t * 2 is t, t + (4,) is t, len(t * 0), t * 0 is z, e * 5 is e, t * -1 is z)
u = T([1, 2])
for r in (u + (), () + u, u * 1, 1 * u):
    print(type(r).__name__, r is u, r)
print(b + b"" is b, b"" + b is b, b * 1 is b, 1 * b is b, b * 2 is b, b + bytearray() is b,
      type(b"" + bytearray(b"x")).__name__, bytearray(b"x") + b"" is b)
v = B(b"xy")
for r in (v + b"", b"" + v, v * 1):
    print(type(r).__name__, r is v, r)
print(float(f) is f, f.real is f, float(f) == f, f.imag, float(F(2.5)) is F(2.5), type(float(F(2.5))).__name__)
g = F(2.5)
print(g.real is g, type(g.real).__name__, float(g) is g, type(float(g)).__name__)
one = 1.0
print(one.real is one, (7).real, (2 ** 70).real == 2 ** 70)
