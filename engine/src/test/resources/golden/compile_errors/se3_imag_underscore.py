print(1_0j)
w = 10_j
