def countdown(n):
    return countdown(n - 1) + 1


print("start")
print(countdown(10))
