a = 3
b = 4
print(a.__matmul__(b))
try:
    print(a @ b)
except TypeError as e:
    print(e)
x = 2.0
try:
    print(x @ x)
except TypeError as e:
    print(e)
try:
    print("a" @ "b")
except TypeError as e:
    print(e)
try:
    print([1] @ [2])
except TypeError as e:
    print(e)
y = 3
try:
    y @= 2
except TypeError as e:
    print(e)
try:
    print(True @ 1)
except TypeError as e:
    print(e)
