a, b = 1, 0
print(f"{a / b:.2f}")
