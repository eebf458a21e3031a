import asyncio, sys

async def ticker(n):
    try:
        for i in range(n):
            yield i
            await asyncio.sleep(0)
    finally:
        print("ticker finally", n)

async def main():
    async for v in ticker(2):
        print("got", v)
    agen = ticker(5)
    print(await agen.__anext__())
    await agen.aclose()
    agen2 = ticker(3)
    await agen2.asend(None)
    print("leaving main")
    hooks = sys.get_asyncgen_hooks()
    print(hooks.firstiter is not None, hooks.finalizer is not None)

asyncio.run(main())
print(sys.get_asyncgen_hooks())

seen = []
def first(g):
    seen.append(("first", g.__name__))
def fin(g):
    seen.append(("fin", g.__name__))
old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=first, finalizer=fin)
g = ticker(2)
try:
    g.asend(None).send(None)
except StopIteration as e:
    print("stop", e.value)
del g
print(seen)
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=1)
except TypeError as e:
    print("TypeError", e)
