def f():
    """Starts a docstring
    and never ends it.

print(f())
