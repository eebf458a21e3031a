# A local and a constant into an operator or a comparison and jump, and a global callable with
# its NULL, are fused in the interpreter loop: every operand kind, errors with their positions,
# a jump into the middle of a run, and unbound locals must behave as the separate instructions.
def arith(x):
    return [x + 1, x - 1, x * 3, x % 7, x // 2, x ** 2, x << 3, x >> 1, x & 6, x | 1, x ^ 5]


for v in (5, -9, 2**62, 2**63 - 1, -2**63, 2**70):
    print(arith(v))
def farith(x):
    return [x + 1, x - 1, x * 3, x % 7, x // 2, x ** 2]


print(arith(True), farith(2.5))
big = 9223372036854775807
print(big + 1, -big - 1 - 1, big - -1)


def text(s):
    return s + "!", s * 2, s % ()


print(text("a%%b"))


def cmp(n):
    out = []
    if n < 2:
        out.append("lt")
    if n <= 2:
        out.append("le")
    if n == 2:
        out.append("eq")
    if n != 2:
        out.append("ne")
    if not n > 2:
        out.append("not gt")
    if n >= 2:
        out.append("ge")
    return out


for v in (1, 2, 3, 2.0, 1.5, 2**80, True):
    print(v, cmp(v))


def mixed(n, xs):
    while n < 3 or n == 10:
        n = n + 1
        xs.append(n)
    return n, xs


print(mixed(0, []), mixed(10, []))


def errors():
    for f in (lambda x: x % 0, lambda x: x // 0, lambda x: x < "a", lambda x: x - "s", lambda x: x << -1):
        try:
            f(3)
        except Exception as e:
            tb = e.__traceback__
            while tb.tb_next:
                tb = tb.tb_next
            print(type(e).__name__, e, tb.tb_lineno)


errors()


def unbound(flag):
    if flag:
        y = 1
    return y + 1


def unbound_cmp(flag):
    if flag:
        y = 1
    if y < 2:
        return "small"


def unbound_ret(flag):
    if flag:
        y = 1
    return y


def gen():
    x = yield 1
    return x


g = gen()
next(g)
try:
    g.send("sent")
except StopIteration as e:
    print("returned", e.value)
print(list(gen()), [v for v in gen()])


class Bad:
    def __init__(self):
        r = 5
        return r


try:
    Bad()
except TypeError as e:
    print("TypeError", e)


def defaults(a, b=2, c=3):
    return (a, b, c)


def posonly(a, /, b=2):
    return (a, b)


print(defaults(1), defaults(1, 5), defaults(1, 5, 6), posonly(0), posonly(0, 1))
for args in ((), (1, 2, 3, 4)):
    try:
        defaults(*args)
    except TypeError as e:
        print("TypeError", e)
try:
    defaults()
except TypeError as e:
    print("TypeError", e)
defaults.__defaults__ = (7,)
print(defaults(1, 2))
try:
    defaults(1)
except TypeError as e:
    print("TypeError", e)
defaults.__defaults__ = None
try:
    defaults(1, 2)
except TypeError as e:
    print("TypeError", e)

for fn in (unbound, unbound_cmp, unbound_ret):
    print(fn(True))
    try:
        fn(False)
    except UnboundLocalError as e:
        print("UnboundLocalError", e)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(20))
try:
    undefined_name(1)
except NameError as e:
    print("NameError", e)


def deep(n):
    return deep(n + 1)


try:
    deep(0)
except RecursionError as e:
    print("RecursionError", e)



def last(x):
    y = x - 1
    return y % 0


print(fib(10))
last(3)
