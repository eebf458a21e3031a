import asyncio
import contextlib

async def numbers(tag):
    i = 0
    try:
        while True:
            try:
                yield i
            except asyncio.CancelledError:
                print(f"  {tag}: CancelledError thrown in at {i}")
                raise
            except ValueError as e:
                print(f"  {tag}: recovered from {e!r}")
            i += 1
    finally:
        print(f"  {tag}: finally at {i}")

async def main():
    g = numbers("g")
    print(await anext(g))
    print(await g.athrow(ValueError("soft")))
    try:
        await g.athrow(asyncio.CancelledError())
    except asyncio.CancelledError:
        print("athrow CancelledError came back out")
    print("frame gone:", g.ag_frame is None)
    try:
        await anext(g)
    except StopAsyncIteration:
        print("exhausted")

    async with contextlib.aclosing(numbers("h")) as h:
        async for v in h:
            if v == 2:
                break
    print("after aclosing")

    async def consumer():
        async with contextlib.aclosing(numbers("c")) as c:
            async for v in c:
                await asyncio.sleep(0.01)
    t = asyncio.create_task(consumer())
    await asyncio.sleep(0.025)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("consumer cancelled")

    async def gen_awaits_in_finally():
        try:
            yield "only"
        finally:
            await asyncio.sleep(0)
            print("  awaited in finally")
    k = gen_awaits_in_finally()
    await anext(k)
    await k.aclose()
    print("aclose done; second aclose:", await k.aclose())

    j = numbers("j")
    await anext(j)
    r = j.athrow(ValueError, ValueError("x"), None)
    print(type(r).__name__)
    print(await r)
    await j.aclose()

asyncio.run(main())
