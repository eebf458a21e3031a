def helper():
    return undefined_thing + 1
helper()
