print(max(1,
          2,
          3)
x = 5
