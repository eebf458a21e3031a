# Function calls: naive recursive fib, plus calls with defaults, keywords, *args and **kwargs.
# Prints call counts and results (deterministic).


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def scaled(x, factor=3, *, offset=0):
    return x * factor + offset


def total(*values, **weights):
    s = 0
    for v in values:
        s += v
    for k in weights:
        s += weights[k]
    return s


def shapes(rounds):
    acc = 0
    for i in range(rounds):
        acc += scaled(i)
        acc += scaled(i, 2, offset=1)
        acc += total(i, 1, 2, a=3)
        acc = acc % 1000003
    return acc


print("fib(31) =", fib(31))
print("fib(25) x 30 =", sum(fib(25) for _ in range(60)))
print("call shapes checksum:", shapes(450_000))
