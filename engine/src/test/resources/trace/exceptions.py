def check(n):
    if n < 0:
        raise ValueError("negative")
    return n


def outer(n):
    try:
        return check(n)
    finally:
        print("checked", n)


for n in (1, -1):
    try:
        print(outer(n))
    except ValueError as e:
        print("caught", e)
