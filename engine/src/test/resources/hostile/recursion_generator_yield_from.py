def forever(n):
    yield n
    yield from forever(n + 1)


total = 0
for value in forever(0):
    total += value
print(total)
