d = [1,2]
print(d[(i := 1)], i)
print(d[i := 0])
d[j := 0] = 5
print(d, j)
x = [y := 1, y + 1]
print(x)
print(y := 5)
