matrix = [[1, 2], [3, 0], [5, 6]]
inverse = lambda row: [1 / x for x in row]
print([inverse(r) for r in matrix[:1]])
result = {i: inverse(r) for i, r in enumerate(matrix)}
