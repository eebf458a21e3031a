# An await inside a list comprehension makes it asynchronous; inside a plain def that is an error.
def pairs(items):
    return [[await x for x in row] for row in items]
