import asyncio, sys

print(sys.get_asyncgen_hooks())
async def gen(tag):
    try:
        for i in range(3):
            yield f"{tag}{i}"
    finally:
        print("finally", tag)

seen = []
def firstiter(g):
    seen.append(g.__name__)
    print("firstiter", g.__qualname__)
def finalizer(g):
    print("finalizer called for", g.__qualname__)

async def main():
    old = sys.get_asyncgen_hooks()
    print(type(old).__name__, old.firstiter is not None, old.finalizer is not None)
    async for v in gen("a"):
        print(v)
        break
    g = gen("b")
    print(await anext(g))
    print("main ends")

asyncio.run(main())
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h[1] is finalizer, len(h))
g = gen("c")
co = g.__anext__()
try:
    co.send(None)
except StopIteration as e:
    print("value", e.value)
del co
del g
print("after del")
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
