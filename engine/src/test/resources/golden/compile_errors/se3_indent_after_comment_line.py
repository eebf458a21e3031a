def f():
    x = 1
  # comment
    return x
print(f())
  y = 2
