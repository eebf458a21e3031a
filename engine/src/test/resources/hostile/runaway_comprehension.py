print("building")
squares = [n * n for n in iter(int, 1)]
