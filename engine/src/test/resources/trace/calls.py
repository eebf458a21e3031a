def square(x):
    y = x * x
    return y


def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)


total = 0
for v in range(3):
    total += square(v)
print(total, fact(4))
