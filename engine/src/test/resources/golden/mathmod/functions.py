import math
try:
    print('math.sqrt(1,2)', '->', repr(math.sqrt(1,2)))
except Exception as e:
    print('math.sqrt(1,2)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(1)', '->', repr(math.pow(1)))
except Exception as e:
    print('math.pow(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.factorial(5.0)', '->', repr(math.factorial(5.0)))
except Exception as e:
    print('math.factorial(5.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.factorial(-1)', '->', repr(math.factorial(-1)))
except Exception as e:
    print('math.factorial(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt("a")', '->', repr(math.sqrt("a")))
except Exception as e:
    print('math.sqrt("a")', '->', type(e).__name__ + ':', e)
try:
    print('math.floor("a")', '->', repr(math.floor("a")))
except Exception as e:
    print('math.floor("a")', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc("a")', '->', repr(math.trunc("a")))
except Exception as e:
    print('math.trunc("a")', '->', type(e).__name__ + ':', e)
try:
    print('math.log(0)', '->', repr(math.log(0)))
except Exception as e:
    print('math.log(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(-1)', '->', repr(math.log(-1)))
except Exception as e:
    print('math.log(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(8, 2)', '->', repr(math.log(8, 2)))
except Exception as e:
    print('math.log(8, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(10, 1)', '->', repr(math.log(10, 1)))
except Exception as e:
    print('math.log(10, 1)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(2**1000)', '->', repr(math.log(2**1000)))
except Exception as e:
    print('math.log(2**1000)', '->', type(e).__name__ + ':', e)
try:
    print('math.log10(10**500)', '->', repr(math.log10(10**500)))
except Exception as e:
    print('math.log10(10**500)', '->', type(e).__name__ + ':', e)
try:
    print('math.isqrt(-1)', '->', repr(math.isqrt(-1)))
except Exception as e:
    print('math.isqrt(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd(1.5)', '->', repr(math.gcd(1.5)))
except Exception as e:
    print('math.gcd(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.comb(5, -1)', '->', repr(math.comb(5, -1)))
except Exception as e:
    print('math.comb(5, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.perm(5)', '->', repr(math.perm(5)))
except Exception as e:
    print('math.perm(5)', '->', type(e).__name__ + ':', e)
try:
    print('math.prod([1,2,3])', '->', repr(math.prod([1,2,3])))
except Exception as e:
    print('math.prod([1,2,3])', '->', type(e).__name__ + ':', e)
try:
    print('math.prod([])', '->', repr(math.prod([])))
except Exception as e:
    print('math.prod([])', '->', type(e).__name__ + ':', e)
try:
    print('math.prod([1.5, 2], start=2)', '->', repr(math.prod([1.5, 2], start=2)))
except Exception as e:
    print('math.prod([1.5, 2], start=2)', '->', type(e).__name__ + ':', e)
try:
    print('math.fsum([1e100, 1, -1e100])', '->', repr(math.fsum([1e100, 1, -1e100])))
except Exception as e:
    print('math.fsum([1e100, 1, -1e100])', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(1000)', '->', repr(math.exp(1000)))
except Exception as e:
    print('math.exp(1000)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(-1000)', '->', repr(math.exp(-1000)))
except Exception as e:
    print('math.exp(-1000)', '->', type(e).__name__ + ':', e)
try:
    print('math.asinh(1)', '->', repr(math.asinh(1)))
except Exception as e:
    print('math.asinh(1)', '->', type(e).__name__ + ':', e)
try:
    print('math.acosh(2)', '->', repr(math.acosh(2)))
except Exception as e:
    print('math.acosh(2)', '->', type(e).__name__ + ':', e)
try:
    print('math.atanh(0.5)', '->', repr(math.atanh(0.5)))
except Exception as e:
    print('math.atanh(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.erf(0.5)', '->', repr(math.erf(0.5)))
except Exception as e:
    print('math.erf(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.erfc(0.5)', '->', repr(math.erfc(0.5)))
except Exception as e:
    print('math.erfc(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.gamma(5)', '->', repr(math.gamma(5)))
except Exception as e:
    print('math.gamma(5)', '->', type(e).__name__ + ':', e)
try:
    print('math.gamma(0)', '->', repr(math.gamma(0)))
except Exception as e:
    print('math.gamma(0)', '->', type(e).__name__ + ':', e)
try:
    print('math.remainder(10, 3)', '->', repr(math.remainder(10, 3)))
except Exception as e:
    print('math.remainder(10, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.ldexp(1, 1024)', '->', repr(math.ldexp(1, 1024)))
except Exception as e:
    print('math.ldexp(1, 1024)', '->', type(e).__name__ + ':', e)
try:
    print('math.fmod(-7, 3)', '->', repr(math.fmod(-7, 3)))
except Exception as e:
    print('math.fmod(-7, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.copysign(1, -0.0)', '->', repr(math.copysign(1, -0.0)))
except Exception as e:
    print('math.copysign(1, -0.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot()', '->', repr(math.hypot()))
except Exception as e:
    print('math.hypot()', '->', type(e).__name__ + ':', e)
try:
    print('math.dist((1,2),(4,6))', '->', repr(math.dist((1,2),(4,6))))
except Exception as e:
    print('math.dist((1,2),(4,6))', '->', type(e).__name__ + ':', e)
try:
    print('math.isclose(1, 1.0000000001)', '->', repr(math.isclose(1, 1.0000000001)))
except Exception as e:
    print('math.isclose(1, 1.0000000001)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(1e300)', '->', repr(math.ceil(1e300)))
except Exception as e:
    print('math.ceil(1e300)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(float("inf"))', '->', repr(math.floor(float("inf"))))
except Exception as e:
    print('math.floor(float("inf"))', '->', type(e).__name__ + ':', e)
try:
    print('math.atan2(0, -1)', '->', repr(math.atan2(0, -1)))
except Exception as e:
    print('math.atan2(0, -1)', '->', type(e).__name__ + ':', e)
try:
    print('math.cos(math.pi)', '->', repr(math.cos(math.pi)))
except Exception as e:
    print('math.cos(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.tan(math.pi/4)', '->', repr(math.tan(math.pi/4)))
except Exception as e:
    print('math.tan(math.pi/4)', '->', type(e).__name__ + ':', e)
try:
    print('math.degrees(math.pi)', '->', repr(math.degrees(math.pi)))
except Exception as e:
    print('math.degrees(math.pi)', '->', type(e).__name__ + ':', e)
try:
    print('math.radians(180)', '->', repr(math.radians(180)))
except Exception as e:
    print('math.radians(180)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(2, 0.5)', '->', repr(math.pow(2, 0.5)))
except Exception as e:
    print('math.pow(2, 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.pow(-8, 1/3)', '->', repr(math.pow(-8, 1/3)))
except Exception as e:
    print('math.pow(-8, 1/3)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp2(10)', '->', repr(math.exp2(10)))
except Exception as e:
    print('math.exp2(10)', '->', type(e).__name__ + ':', e)
try:
    print('math.ulp(1.0)', '->', repr(math.ulp(1.0)))
except Exception as e:
    print('math.ulp(1.0)', '->', type(e).__name__ + ':', e)
try:
    print('math.nextafter(1, 2)', '->', repr(math.nextafter(1, 2)))
except Exception as e:
    print('math.nextafter(1, 2)', '->', type(e).__name__ + ':', e)
try:
    print('math.frexp(8)', '->', repr(math.frexp(8)))
except Exception as e:
    print('math.frexp(8)', '->', type(e).__name__ + ':', e)
try:
    print('math.modf(-3.5)', '->', repr(math.modf(-3.5)))
except Exception as e:
    print('math.modf(-3.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.lcm(4, 6)', '->', repr(math.lcm(4, 6)))
except Exception as e:
    print('math.lcm(4, 6)', '->', type(e).__name__ + ':', e)
try:
    print('math.gcd()', '->', repr(math.gcd()))
except Exception as e:
    print('math.gcd()', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(float("inf"))', '->', repr(math.sin(float("inf"))))
except Exception as e:
    print('math.sin(float("inf"))', '->', type(e).__name__ + ':', e)
try:
    print('math.log1p(-1)', '->', repr(math.log1p(-1)))
except Exception as e:
    print('math.log1p(-1)', '->', type(e).__name__ + ':', e)
try:
    print('math.expm1(1e-10)', '->', repr(math.expm1(1e-10)))
except Exception as e:
    print('math.expm1(1e-10)', '->', type(e).__name__ + ':', e)
try:
    print('math.factorial(1000) % 10**10', '->', repr(math.factorial(1000) % 10**10))
except Exception as e:
    print('math.factorial(1000) % 10**10', '->', type(e).__name__ + ':', e)
try:
    print('math.comb(100, 50)', '->', repr(math.comb(100, 50)))
except Exception as e:
    print('math.comb(100, 50)', '->', type(e).__name__ + ':', e)
try:
    print('math.isfinite(1e308*10)', '->', repr(math.isfinite(1e308*10)))
except Exception as e:
    print('math.isfinite(1e308*10)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(-0.5)', '->', repr(math.floor(-0.5)))
except Exception as e:
    print('math.floor(-0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.trunc(-2.7)', '->', repr(math.trunc(-2.7)))
except Exception as e:
    print('math.trunc(-2.7)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(1e-320)', '->', repr(math.log(1e-320)))
except Exception as e:
    print('math.log(1e-320)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(2**2000)', '->', repr(math.sqrt(2**2000)))
except Exception as e:
    print('math.sqrt(2**2000)', '->', type(e).__name__ + ':', e)
try:
    print('math.erf(1.5)', '->', repr(math.erf(1.5)))
except Exception as e:
    print('math.erf(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.erf(-0.3)', '->', repr(math.erf(-0.3)))
except Exception as e:
    print('math.erf(-0.3)', '->', type(e).__name__ + ':', e)
try:
    print('math.gamma(0.5)', '->', repr(math.gamma(0.5)))
except Exception as e:
    print('math.gamma(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.gamma(4.5)', '->', repr(math.gamma(4.5)))
except Exception as e:
    print('math.gamma(4.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.asinh(-5.5)', '->', repr(math.asinh(-5.5)))
except Exception as e:
    print('math.asinh(-5.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.acosh(1.5)', '->', repr(math.acosh(1.5)))
except Exception as e:
    print('math.acosh(1.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.atanh(-0.9)', '->', repr(math.atanh(-0.9)))
except Exception as e:
    print('math.atanh(-0.9)', '->', type(e).__name__ + ':', e)
try:
    print('math.hypot(3, 4, 12)', '->', repr(math.hypot(3, 4, 12)))
except Exception as e:
    print('math.hypot(3, 4, 12)', '->', type(e).__name__ + ':', e)
try:
    print('math.sin(1e22)', '->', repr(math.sin(1e22)))
except Exception as e:
    print('math.sin(1e22)', '->', type(e).__name__ + ':', e)
try:
    print('math.exp(1e-5)', '->', repr(math.exp(1e-5)))
except Exception as e:
    print('math.exp(1e-5)', '->', type(e).__name__ + ':', e)
try:
    print('math.log(3.7)', '->', repr(math.log(3.7)))
except Exception as e:
    print('math.log(3.7)', '->', type(e).__name__ + ':', e)
try:
    print('math.sqrt(0.5)', '->', repr(math.sqrt(0.5)))
except Exception as e:
    print('math.sqrt(0.5)', '->', type(e).__name__ + ':', e)
try:
    print('round(math.pi, 3)', '->', repr(round(math.pi, 3)))
except Exception as e:
    print('round(math.pi, 3)', '->', type(e).__name__ + ':', e)
try:
    print('math.floor(2**70 + 0.5)', '->', repr(math.floor(2**70 + 0.5)))
except Exception as e:
    print('math.floor(2**70 + 0.5)', '->', type(e).__name__ + ':', e)
try:
    print('math.ceil(-1e-300)', '->', repr(math.ceil(-1e-300)))
except Exception as e:
    print('math.ceil(-1e-300)', '->', type(e).__name__ + ':', e)
