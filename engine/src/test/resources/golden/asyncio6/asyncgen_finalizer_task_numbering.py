import asyncio

async def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print(f"  {tag} finally in", asyncio.current_task().get_name())

async def named():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    return t.get_name()

async def main():
    print("first:", await named())
    g = numbers("partial")
    print(await anext(g))
    del g
    print("after del:", await named())
    h = numbers("unstarted")
    aw = anext(h)
    del aw
    del h
    print("after unstarted:", await named())
    k = numbers("never-iterated")
    del k
    print("after never iterated:", await named())

asyncio.run(main())
