import asyncio

async def job(n):
    return n

print("a")
m = map(lambda c: c, [job(1)])
print("b")
del m
print("c")
it = iter([job(2)])
print("d")
it = None
print("e")
r = sorted([job(3), job(4)], key=id)
print("f")
r = None
print("g")
z = list(zip([job(5)], [1]))
print("h")
z = None
print("i")
dq = __import__("collections").deque([job(6)])
dq.popleft()
print("j")
od = {i: job(i) for i in range(2)}
print("k")
od.clear()
print("l")
w = [job(7)][0]
print("m")
del w
print("n")
e = enumerate([job(8)])
print("o")
del e
print("p")
s = str(job(9))[:10]
print("q", s)
class C:
    pass
c = C()
c.__dict__["x"] = job(10)
print("r")
del c
print("s")
ns = __import__("types").SimpleNamespace(a=job(11))
print("t")
del ns
print("u")
