def depth(n):
    return depth(n + 1)


try:
    depth(0)
except RecursionError as e:
    print("caught:", type(e).__name__, e)


def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)


print("still fine:", fact(500) % 1000003)
