items = []
len(items) = 3
