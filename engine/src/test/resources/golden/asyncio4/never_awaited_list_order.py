import asyncio

async def a(): pass
async def b(): pass
async def c(): pass

async def main():
    coros = [a(), b(), c()]
    print("built a list of coroutines, forgot to gather them")
    return len(coros)

print(asyncio.run(main()))

def build():
    x = a()
    y = b()
    z = [c(), a()]
    return None

build()
print("built locals")
pair = (b(), c())
pair = None
print("rebound tuple")
d = {"k1": c(), "k2": b()}
del d
print("end")
