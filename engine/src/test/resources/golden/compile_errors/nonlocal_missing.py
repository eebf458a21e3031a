def outer():
    def inner():
        nonlocal y
    return inner
