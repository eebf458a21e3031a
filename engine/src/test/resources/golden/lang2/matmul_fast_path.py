def h(a, b):
    return a @ b
try:
    print(h(1, 2))
except TypeError as e:
    print(e)
try:
    print(h(1.0, 2.0))
except TypeError as e:
    print(e)
try:
    print(h(10**30, 2))
except TypeError as e:
    print(e)
a=3
b=4
print(a @ b)
