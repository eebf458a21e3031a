items = [1]
while True:
    items.extend(items)
