items = []
while True:
    items.append(items)
