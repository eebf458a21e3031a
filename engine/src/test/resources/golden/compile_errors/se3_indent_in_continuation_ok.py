x = [1,
  2,
      3]
print(x)
  z = 1
