if x := 1:
    print(x)
while (y := 0):
    pass
print([z := 1, 2])
print(z)
w := 1
