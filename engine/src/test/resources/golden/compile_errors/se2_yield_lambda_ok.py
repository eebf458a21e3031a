f = lambda: (yield 1)
print(list(f()))
return 2
