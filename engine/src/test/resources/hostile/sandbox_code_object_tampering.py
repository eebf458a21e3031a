def f():
    return 1


def g():
    return 2


print(f(), g())
code = f.__code__
f.__code__ = code.replace(co_consts=(None, 99))
print("call:", f())
