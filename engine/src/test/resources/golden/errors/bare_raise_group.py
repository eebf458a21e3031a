def a():
    raise ValueError("inner")
def b():
    try:
        a()
    except ValueError as e:
        raise ExceptionGroup("two problems", [e, TypeError("other")])
b()
