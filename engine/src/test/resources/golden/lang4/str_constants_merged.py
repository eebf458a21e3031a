def f():
    return "hello"
def g():
    return "hello"
print(f() is g())
a = "world"
def h():
    return "world"
print(a is h())
print(f.__code__.co_consts[-1] is g.__code__.co_consts[-1])
x = "has space"
def k():
    return "has space"
print(x is k())
t1 = (1, 2)
def m():
    return (1, 2)
print(m() is m())
print("ab" is "a" + "b")
