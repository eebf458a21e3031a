import asyncio

async def job(n):
    return n

print("1")
d = {"a": job(1)}
print("2")
d.pop("a")
print("3")
lst = [job(2), job(3)]
lst.sort(key=lambda c: 0)
print("4")
lst[0] = None
print("5")
del lst
print("6")
t = (job(4),)
t2 = t + (1,)
del t
print("7")
del t2
print("8")
s = {job(5)}
s.clear()
print("9")
g = (job(i) for i in range(2))
first = next(g)
print("10")
del g
print("11")
first = None
print("12")
def f(c):
    raise ValueError("x")
try:
    f(job(6))
except ValueError:
    print("13")
print("14")
x = [job(7)] * 2
print("15")
x.clear()
print("16")
import functools
p = functools.partial(print, job(8))
print("17")
del p
print("18")
print(job(9).__name__ if False else "19")
class Holder:
    def __init__(self):
        self.c = job(10)
h = Holder()
print("20")
h.c = 1
print("21")
