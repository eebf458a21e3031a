counts = {"a": 1, "b": 2}
for key in counts:
    counts[key + key] = 0
