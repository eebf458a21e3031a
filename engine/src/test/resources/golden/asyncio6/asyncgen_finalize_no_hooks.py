import asyncio, sys

log = []

async def agen(name):
    try:
        log.append(f"{name} start")
        yield 1
        yield 2
    finally:
        log.append(f"{name} finally")

def step(coro):
    try:
        coro.send(None)
    except StopIteration as e:
        return e.value

g = agen("plain")
print(step(g.__anext__()))
print("before del", log)
del g
print("after del", log)

async def stubborn():
    try:
        yield 1
    finally:
        yield 2

h = stubborn()
print(step(h.asend(None)))
del h
print("deleted")

async def main():
    a = agen("in-loop")
    print(await a.__anext__())
    a = None
    print("dropped in loop", log[-1])
    await asyncio.sleep(0)
    print("after one turn", log[-1])
    async for v in agen("broken"):
        break
    print("after break", log[-1])
    await asyncio.sleep(0)
    print("after turn", log[-1])

asyncio.run(main())
print(sys.get_asyncgen_hooks())
