x = 1_000.5_0
print(x)
y = 1._5
