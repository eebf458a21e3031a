def f():
    nonlocal x,
