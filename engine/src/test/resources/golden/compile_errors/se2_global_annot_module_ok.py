global x
x: int = 1
print(x, __annotations__)
def f():
    (y): int
    global y
    y = 2
f()
print(y)
