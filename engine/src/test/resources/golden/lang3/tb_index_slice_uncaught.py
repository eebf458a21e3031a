matrix = [[1, 2, 3], [4, 5, 6]]
def column(m, j):
    return [row[j] for row in m]
print(column(matrix, 2))
print(column(matrix, 3))
