print(range(5)[10])
