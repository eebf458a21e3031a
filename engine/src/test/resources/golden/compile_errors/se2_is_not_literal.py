x = 1
print(x is not 2)
print(x is 'a')
print(x == 1 is 1)
