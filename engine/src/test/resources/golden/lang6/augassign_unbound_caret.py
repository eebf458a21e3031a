# The caret of an unbound local in `x += 1` points at the name, as CPython's does.
counter = 0


def bump():
    counter += 1
    return counter


print("before")
bump()
