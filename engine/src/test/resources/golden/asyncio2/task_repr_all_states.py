# Task reprs at every state, including cancelling, awaiting another task, gather and wait_for.
import asyncio


def clean(x):
    return repr(x).replace(__file__, "<file>")


async def inner():
    await asyncio.sleep(1)


async def outer(t):
    await t


async def swallow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        await asyncio.sleep(0)
        return "swallowed"


async def main():
    me = asyncio.current_task()
    print(clean(me))
    a = asyncio.create_task(inner(), name="a")
    b = asyncio.create_task(outer(a), name="b")
    g = asyncio.gather(asyncio.sleep(1), return_exceptions=True)
    c = asyncio.create_task(outer(g), name="c")
    s = asyncio.create_task(swallow(), name="s")
    for t in (a, b, c, s):
        print(clean(t))
    await asyncio.sleep(0)
    for t in (a, b, c, s):
        print(clean(t))
    print(clean(g))
    s.cancel()
    print(clean(s))
    await asyncio.sleep(0)
    print(clean(s))
    print(await s, clean(s))
    a.cancel("bye")
    await asyncio.sleep(0)
    print(clean(a))
    print(clean(b))
    await asyncio.sleep(0)
    print(clean(b))
    g.cancel()
    await asyncio.sleep(0)
    print(clean(g))
    await asyncio.sleep(0)
    print(clean(c))


asyncio.run(main())
