lst = [1, 2]
lst[1:] = 5
