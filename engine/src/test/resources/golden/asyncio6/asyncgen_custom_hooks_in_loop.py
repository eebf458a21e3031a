import asyncio, sys

async def ticker(name):
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("  finally", name)

async def main():
    hooks = sys.get_asyncgen_hooks()
    print("loop hooks:", hooks.firstiter.__name__, hooks.finalizer.__name__)
    seen = []
    def firstiter(g):
        seen.append(g.__name__)
        hooks.firstiter(g)
    def finalizer(g):
        print("  custom finalizer for", g.ag_code.co_name)
        hooks.finalizer(g)
    sys.set_asyncgen_hooks(firstiter, finalizer)
    t = ticker("a")
    print(await anext(t))
    del t
    print("after del")
    await asyncio.sleep(0)
    print("after turn")
    sys.set_asyncgen_hooks(firstiter=None, finalizer=None)
    u = ticker("b")
    print(await anext(u))
    del u
    print("after del b")
    print("seen", seen)
    sys.set_asyncgen_hooks(*hooks)

asyncio.run(main())
try:
    sys.set_asyncgen_hooks(finalizer=1)
except TypeError as e:
    print(e)
try:
    sys.set_asyncgen_hooks(firstiter="x", finalizer=print)
except TypeError as e:
    print(e, sys.get_asyncgen_hooks().finalizer is print)
