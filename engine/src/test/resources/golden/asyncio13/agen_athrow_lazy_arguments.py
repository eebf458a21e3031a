# athrow() keeps its arguments until awaited (3.11): bad ones fail only then, a wrong count leaves
# the generator "running" for good, and athrow/aclose on a finished generator just return None.
import asyncio


async def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("  numbers finally")


async def main():
    g = numbers()
    pending = g.athrow(5)
    print("made without error:", type(pending).__name__)
    pending.close()
    for args in [(ValueError, None, 5), (5,), (KeyError("k"), 1), (int,), (), (1, 2, 3, 4)]:
        g = numbers()
        await g.asend(None)
        try:
            await g.athrow(*args)
        except TypeError as e:
            print(f"{len(args)} args -> TypeError: {e}")
        for label, make in (("asend", lambda: g.asend(None)), ("aclose", lambda: g.aclose())):
            try:
                print(f"  {label} after:", await make())
            except (RuntimeError, StopAsyncIteration) as e:
                print(f"  {label} after: {type(e).__name__} {e}")
    done = numbers()
    async for _ in done:
        pass
    for arg in (5, ValueError, ValueError("x")):
        print("finished generator, athrow", repr(arg), "->", await done.athrow(arg))
    print("aclose ->", await done.aclose())
    fresh = numbers()
    try:
        await fresh.athrow(5)
    except TypeError as e:
        print("unstarted:", e, "| frame kept:", fresh.ag_frame is not None)
    await fresh.aclose()


asyncio.run(main())
