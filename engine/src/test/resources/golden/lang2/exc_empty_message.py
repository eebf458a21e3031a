def f():
    raise ValueError()
try:
    f()
except ValueError as e:
    print(repr(str(e)))
raise ValueError("")
