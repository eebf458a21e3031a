items = [3, 1, 2].sort()
items.append(4)
