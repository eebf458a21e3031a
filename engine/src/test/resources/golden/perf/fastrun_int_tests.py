# Loops whose test is an int (`while n:`, `if n % 3:`) or that read a closure's variable: the
# interpreter's fast loop runs them, and must give what the plain loop gives.


def digits(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s


print(digits(10**30 + 12345), digits(0), digits(987654321))


def countdown(n):
    out = []
    while n:
        n -= 1
        if n % 3:
            continue
        out.append(n)
    return out


print(countdown(20))


def tests(values):
    c = 0
    for v in values:
        while v:  # a bool, small and big ints, then other objects
            c += 1
            v = 0
        if not v:
            c += 10
    return c


print(tests([True, 5, -1, 0, False, 1 << 70, -(1 << 70), [], [1], None, "x", "", 0.0, 2.5]))


def outer(limit):
    step = 3

    def inner():
        total = 0
        i = 0
        while i < limit:
            total += step
            i += 1
        return total

    return inner()


print(outer(1000))


def late():
    def inner():
        t = 0
        for i in range(5):
            t += i
            if i == 3:
                t += x  # the free variable is not bound yet
        return t

    try:
        return inner()
    finally:
        pass
    x = 1


try:
    late()
except NameError as e:
    print("NameError:", e, e.__traceback__.tb_next.tb_next.tb_lineno)


def boom(n):
    while n:
        n -= 1
        if n == 2:
            raise ValueError(n)


try:
    boom(5)
except ValueError as e:
    print("ValueError:", e, e.__traceback__.tb_next.tb_lineno)
