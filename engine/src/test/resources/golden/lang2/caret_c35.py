print(sum([1, "a"]))
