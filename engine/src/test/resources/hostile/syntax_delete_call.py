items = [1]
del len(items)
