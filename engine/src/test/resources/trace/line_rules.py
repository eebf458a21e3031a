# Line events of compiled statements whose line table differs from the naive one: decorators,
# try:, with/finally left by return/break/continue, loop back-edges, handlers, global.
class CM:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


def deco(f):
    return f


def a(n):
    with CM():
        if n:
            return 1
    return 2


def b():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
    while True:
        with CM():
            break
    for j in range(2):
        if j:
            pass
    try:
        raise KeyError(1)
    except KeyError:
        pass
    try:
        try:
            raise ValueError(2)
        finally:
            print("inner")
    except ValueError:
        raise
    return 3


@deco
@deco
class K:
    x = 1


print(a(1), a(0))
try:
    b()
except ValueError:
    print("out")
k = 0
while k < 2:
    k += 1
for x in [1, 2]: pass


def chained(xs):
    global k
    k = [x for x in xs if 10 <= x < 40]
    return k


print(chained([5, 20, 50]))
