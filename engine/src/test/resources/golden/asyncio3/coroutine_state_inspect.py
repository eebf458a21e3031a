import asyncio, inspect

async def child():
    print("  child state inside:", inspect.getcoroutinestate(me[0]))
    await asyncio.sleep(0)
    return 7

me = []

async def main():
    c = child()
    me.append(c)
    print("created:", inspect.getcoroutinestate(c), c.cr_running, c.cr_suspended)
    t = asyncio.ensure_future(c)
    await asyncio.sleep(0)
    print("suspended:", inspect.getcoroutinestate(c), c.cr_suspended, type(c.cr_await).__name__)
    print(await t)
    print("closed:", inspect.getcoroutinestate(c), c.cr_frame, c.cr_await)
    print(c.__name__, c.__qualname__, c.cr_code.co_name, c.cr_code is child.__code__)
    c2 = child()
    c2.__name__ = "renamed"
    c2.__qualname__ = "Outer.renamed"
    print(repr(c2).split(" at ")[0])
    c2.close()
    print(inspect.getcoroutinestate(c2))
    try:
        c2.__name__ = 5
    except TypeError as e:
        print("TypeError:", e)
    print(inspect.getcoroutinelocals(main()) if False else sorted(inspect.getcoroutinelocals(c)))
    def plain():
        pass
    print(inspect.iscoroutinefunction(child), inspect.iscoroutinefunction(plain), inspect.isawaitable(t), inspect.iscoroutine(t))
    try:
        inspect.getcoroutinestate(t)
    except AttributeError as e:
        print("AttributeError:", e)

asyncio.run(main())
