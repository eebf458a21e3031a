x = (1 +
     2)
y = [
  1,
  2,
]
z = 1 + \
    2
if a and \
   b:
    pass
