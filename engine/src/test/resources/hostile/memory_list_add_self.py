items = [0]
for _ in range(100):
    items += items
print(len(items))
