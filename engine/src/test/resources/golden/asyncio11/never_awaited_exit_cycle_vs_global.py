async def a(): pass
async def b(): pass
class Holder:
    pass
h = Holder()
h.me = h
h.coro = a()
del h
g = b()
print("end")
