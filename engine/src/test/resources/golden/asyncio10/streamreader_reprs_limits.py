# asyncio.StreamReader edge cases: reprs, waiters, limits, errors
import asyncio
async def main():
    r = asyncio.StreamReader(limit=5)
    print(repr(r))
    r.feed_data(b"abc")
    print(repr(r))
    r.feed_eof()
    print(repr(r))
    r2 = asyncio.StreamReader()
    t = asyncio.create_task(r2.read(3))
    await asyncio.sleep(0)
    print(repr(r2).split(" waiter=")[0], "waiter" in repr(r2))
    try:
        await r2.read(2)
    except RuntimeError as e:
        print(e)
    r2.set_exception(ValueError("x"))
    print(repr(r2))
    try:
        await t
    except ValueError as e:
        print("t:", e)
    try:
        asyncio.StreamReader(limit=0)
    except ValueError as e:
        print(e)
    r3 = asyncio.StreamReader()
    r3.feed_eof()
    try:
        r3.feed_data(b"x")
    except AssertionError as e:
        print("AssertionError", e)
    pass
    print(await r3.read(), await r3.readline(), await r3.read(5))
    try:
        await r3.readuntil(b"x")
    except asyncio.IncompleteReadError as e:
        print(repr(e), e.partial, e.expected, str(e))
    print(asyncio.IncompleteReadError(b"ab", 5))
    print(repr(asyncio.LimitOverrunError("m", 3)))
    r4 = asyncio.StreamReader(limit=3)
    r4.feed_data(b"ab\ncdefgh\nij")
    print(await r4.readline())
    try:
        await r4.readline()
    except ValueError as e:
        print("VE", e)
    print(await r4.read(1))
    r5 = asyncio.StreamReader(limit=3)
    r5.feed_data(b"abcdefg")
    try:
        await r5.readline()
    except ValueError as e:
        print("VE2", e)
    print(bytes(r5._buffer))
    r6 = asyncio.StreamReader(limit=3)
    r6.feed_data(b"abcdef|")
    try:
        await r6.readuntil(b"|")
    except asyncio.LimitOverrunError as e:
        print("LOE", e, e.consumed)
    r7 = asyncio.StreamReader()
    r7.feed_data(b"xyz")
    r7.feed_eof()
    print(await r7.read(-1), r7.at_eof())
    print(await r7.readexactly(0))
asyncio.run(main())
