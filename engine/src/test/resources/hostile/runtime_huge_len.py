r = range(10 ** 30)
print(r[5], r[-1] % 7)
print(len(r))
