x = 1; y = 2; print(x + y);
total = 1 + \
        2 + \
        3
items = [
    1,
    2,  # a comment inside brackets
]
if x: print("one-line if")
print(total, items)
