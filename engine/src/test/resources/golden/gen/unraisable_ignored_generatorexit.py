def stubborn():
    try:
        yield 1
    finally:
        yield 2

def f():
    g = stubborn()
    next(g)
    return 5

def caller():
    x = f()
    return x

caller()
print("A", flush=True)
def k():
    g = stubborn()
    next(g)
    raise ValueError
try:
    k()
except ValueError:
    pass
print("B", flush=True)
[next(stubborn()) for _ in range(1)]
print("C", flush=True)
h = stubborn()
next(h)
