import cmath, math

def roots(a, b, c):
    d = cmath.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

print(roots(1, 2, 5), roots(1, -3, 2), roots(2, 0, 8))
vals = [0, 1, -1, 2, -4.0, 1j, -1j, 2j, 1 + 1j, -1 - 1j, 3 - 4j, 0.5 + 0.25j, -2.5 + 0.1j, 1e-310j, 1e200 + 1e200j, complex(-0.0, 0.0), complex(0.0, -0.0), 10 + 0j]
for f in [cmath.sqrt, cmath.exp, cmath.log, cmath.log10, cmath.sin, cmath.cos, cmath.tan, cmath.sinh, cmath.cosh, cmath.tanh,
          cmath.asin, cmath.acos, cmath.atan, cmath.asinh, cmath.acosh, cmath.atanh]:
    out = []
    for v in vals:
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(f.__name__, out)
for v in vals:
    print(v, cmath.phase(v), cmath.polar(v), cmath.isfinite(v), cmath.isinf(v), cmath.isnan(v))
print(cmath.rect(2, cmath.pi / 2), cmath.rect(1, 0), cmath.rect(-1, 0.5), cmath.rect(3, -math.pi))
print(cmath.exp(1j * cmath.pi), cmath.exp(1j * cmath.pi) + 1, abs(cmath.exp(1j * math.pi / 3)))
print(cmath.log(8, 2), cmath.log(1j, 1j), cmath.log(-8, -2), cmath.log(100, 10))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 1.1), cmath.isclose(1, 1.1, rel_tol=0.2), cmath.isclose(0, 1e-12, abs_tol=1e-9))
print(cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.sqrt(complex(math.inf, 1)))
class Z:
    def __complex__(self):
        return 3 + 4j
class R:
    def __float__(self):
        return 2.0
print(cmath.sqrt(Z()), cmath.sqrt(R()), cmath.polar(Z()))
for bad in ["x", None, [1]]:
    try:
        cmath.sqrt(bad)
    except TypeError as e:
        print("TypeError:", e)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.rect(1j, 1), lambda: cmath.atanh(1), lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.cosh(800)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__ + ":", e)
