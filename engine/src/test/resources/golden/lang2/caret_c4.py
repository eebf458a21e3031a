def f(x):
    return lambda y: x / y
f(1)(0)
