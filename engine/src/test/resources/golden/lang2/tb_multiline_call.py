def divide(a, b):
    return a / b

def compute(values):
    return sum(
        divide(v,
               v - 3)
        for v in values
    )

print(compute([1, 2]))
print(compute([1, 2, 3, 4]))
