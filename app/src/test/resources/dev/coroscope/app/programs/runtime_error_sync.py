def divide(a, b):
    return a // b

print("start")
print(divide(10, 0))
