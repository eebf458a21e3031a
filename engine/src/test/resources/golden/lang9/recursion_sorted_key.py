# A key function that sorts again: the traceback's repeat count and message as CPython's.
def rank(x):
    return sorted([x, x], key=rank)


rank(1)
