def check(x):
    assert x > 0, f"expected a positive number, got {x}"
    return x


print(check(2))
print(check(-1))
