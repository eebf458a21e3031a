print(len(5) + 1)
