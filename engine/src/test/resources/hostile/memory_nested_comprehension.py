grid = [[0] * 100_000 for _ in range(100_000)]
print(len(grid))
