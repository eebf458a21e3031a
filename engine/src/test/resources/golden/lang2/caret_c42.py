lst = [1, 2]
lst[len(lst)] = 3
