print("allocating")
s = "a" * 10 ** 11
print(len(s))
