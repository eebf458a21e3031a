def first_two(items):
    it = iter(items)
    yield next(it)
    yield next(it)


print(list(first_two([1])))
