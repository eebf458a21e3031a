def f(*, a=1, b):
    return a, b
print(f(b=2))
def g(a=1, /, b):
    pass
