print("computing")
n = 10 ** 10 ** 9
print(n % 7)
