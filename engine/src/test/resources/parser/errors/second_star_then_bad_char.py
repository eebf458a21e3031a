def f(*a, *\u):
    pass
