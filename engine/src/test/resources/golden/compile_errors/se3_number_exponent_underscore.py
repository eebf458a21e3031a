print(1e1_0)
z = 1e_10
