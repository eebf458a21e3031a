x = 10
print(x / (x - 10))  # comment here
