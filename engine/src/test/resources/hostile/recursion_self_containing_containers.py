items = [1, 2]
items.append(items)
print(items)
box = {"name": "box"}
box["self"] = box
print(box)
pair = [items, box]
print(pair)
print(len(str(items)))
