def g(y):
    return [x async for x in y]
print(g)
