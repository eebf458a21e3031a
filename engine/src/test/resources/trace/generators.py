def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return "liftoff"


def relay():
    result = yield from countdown(2)
    yield result


for value in relay():
    print(value)

g = countdown(5)
print(next(g), g.send(None))
g.close()
print("closed")
