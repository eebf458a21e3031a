def average(values):
    total = sum(values)
    return total / len(values)
scores = {"ann": [90, 80], "bob": ["70", 85]}
for name, vals in scores.items():
    print(name, average(vals))
