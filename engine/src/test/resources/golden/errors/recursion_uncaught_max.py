def key(x):
    return max([1, 2], key=key)
key(0)
