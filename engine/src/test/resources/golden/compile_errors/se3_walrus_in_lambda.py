f = lambda: (x := 1)
print(f())
g = lambda: x := 1
