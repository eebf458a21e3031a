from functools import reduce, partial, wraps
import operator
nums = [1, 2, 3, 4, 5]
print(list(map(lambda x: x * x, nums)), list(filter(lambda x: x % 2, nums)), reduce(operator.mul, nums), reduce(lambda a, b: a + b, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError:", e)
power = partial(pow, exp=2)
print(power(5), power.func.__name__, power.keywords, partial(max, 0)(-5, -2))
def logged(fn):
    @wraps(fn)
    def inner(*args, **kw):
        print("calling", fn.__name__, args, kw)
        return fn(*args, **kw)
    return inner
@logged
def add(a, b=1):
    "adds"
    return a + b
print(add(2, b=3), add.__name__, add.__doc__, add.__wrapped__.__name__)
f = lambda: None
print(f.__name__, f(), (lambda *a, **k: (a, k))(1, x=2))
compose = lambda *fs: reduce(lambda f, g: lambda x: g(f(x)), fs)
print(compose(str.strip, str.upper, len)("  hi  "))
try:
    (lambda x: x)()
except TypeError as e:
    print("TypeError:", e)
try:
    (lambda x: x)(1, 2)
except TypeError as e:
    print("TypeError:", e)
def kwonly(a, *, b):
    return a, b
def posonly(a, /, b):
    return a, b
for call in [lambda: kwonly(1, 2), lambda: kwonly(1), lambda: posonly(a=1, b=2), lambda: posonly(1, 2, 3), lambda: kwonly(1, b=2, c=3),
             lambda: add(1, 2, 3), lambda: add(), lambda: add(1, a=2)]:
    try:
        print(call())
    except TypeError as e:
        print("TypeError:", e)
print(sorted(nums, key=lambda n: -n), max(nums, key=lambda n: n % 3), list(zip(*[iter(nums)] * 2)))
