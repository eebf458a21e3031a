big = 10 ** 5000
print(big % 1000)
print(str(big))
