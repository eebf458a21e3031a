def find(items, wanted):
    for item in items:
        if item == wanted:
            return item


result = find([1, 2, 3], 9)
print(result[0])
