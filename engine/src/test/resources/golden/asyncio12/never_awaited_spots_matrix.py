# Where exactly does each forgotten coroutine die? One spot per line.
import asyncio

async def job(n=0):
    return n

class Holder:
    def __init__(self, c):
        self.c = c

def take(x):
    return 1

print("a"); s = f"{job()}"
print("b"); t = str(job())[:10]
print("c"); r = repr(job()) and 1
print("d"); d = {k: job() for k in range(2)}; d = None
print("e"); h = Holder(job()); h = None
print("f"); l = [job(), job()]; l.pop(); l = None
print("g"); x = (job(),)[0]; x = 5
print("h"); take(job())
print("i"); y = take(job()) + take(job())
print("j"); z = [take(c) for c in (job(), job())]
print("k"); e = ValueError(job()); e = None
print("l"); m = {job(): 1}; m.clear()
print("m"); lst = [1]; lst.append(job()); del lst[1]
print("n"); g = (job() for _ in range(2)); next(g); g = None
print("o"); a, b = job(), job(); a = b = None
print("p"); _ = job() if True else None; _ = None
print("q"); w = isinstance(job(), object)
print("r"); v = type(job()).__name__
print("s"); u = id(job()) > 0
print("end")
