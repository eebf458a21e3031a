def tick(n):
    return n + 1


def spin():
    n = 0
    while True:
        n = tick(n)


spin()
