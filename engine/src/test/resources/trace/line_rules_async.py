# Line events around try/except/else/finally, async with left by return, continue and
# break inside loops with finally, and a bare raise in a handler.
import asyncio


def deco(f):
    return f


class ACM:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *a):
        return False


@deco
@deco
def g(n):
    try:
        x = 1 / n
    except ZeroDivisionError as e:
        return "zero"
    else:
        x += 1
    finally:
        x = 0
    return x


async def h():
    async with ACM():
        return 5


def loops():
    n = 0
    while n < 3:
        n += 1
        if n == 2:
            continue
    else:
        n = -1
    for i in range(3): continue
    for i in range(4):
        try:
            pass
        finally:
            if i == 2:
                break
    try:
        raise KeyError("k")
    except KeyError:
        try:
            raise
        except KeyError:
            pass
    return n


print(g(1), g(0))
print(asyncio.run(h()))
print(loops())
