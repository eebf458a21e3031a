def f(a, **k, b=1):
    pass
