# A long valid program with one mistake near the end: nothing runs, not even line 2.
print("line 2 must not be printed")


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self):
        self.n += 1
        return self.n


c = Counter()
for i in range(3):
    c.bump()
print(add(1, 2), mul(3, 4), c.n)
if c.n > 2
    print("done")
