import sys, asyncio

print("default hooks:", sys.get_asyncgen_hooks())
events = []

def firstiter(agen):
    events.append(("firstiter", agen.__name__))

def finalizer(agen):
    events.append(("finalizer", agen.__name__))

async def numbers():
    try:
        yield 1
        yield 2
    finally:
        events.append(("finally", "numbers"))

old = sys.get_asyncgen_hooks()
sys.set_asyncgen_hooks(firstiter=firstiter, finalizer=finalizer)
h = sys.get_asyncgen_hooks()
print(h.firstiter is firstiter, h.finalizer is finalizer, type(h).__name__, len(h))
g = numbers()
print("created:", events)
c = g.__anext__()
print("anext made:", events)
try:
    c.send(None)
except StopIteration as e:
    print("first value", e.value)
del c
del g
print("after del:", events)
sys.set_asyncgen_hooks(*old)
try:
    sys.set_asyncgen_hooks(firstiter=42)
except TypeError as e:
    print("TypeError:", e)

async def main():
    h = sys.get_asyncgen_hooks()
    print("inside run:", h.firstiter.__qualname__, h.finalizer.__qualname__)
    agen = numbers()
    print(await agen.__anext__())
    del agen
    await asyncio.sleep(0)
    print("events", events[-2:])

asyncio.run(main())
print("after run:", sys.get_asyncgen_hooks() == old)
