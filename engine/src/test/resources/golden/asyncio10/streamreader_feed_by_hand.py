# asyncio.StreamReader fed by hand: readline, readexactly, readuntil, IncompleteReadError, limits
import asyncio

async def main():
    r = asyncio.StreamReader()
    r.feed_data(b"hello\nwor")
    print(await r.readline())
    async def feeder():
        await asyncio.sleep(0)
        print("feeding")
        r.feed_data(b"ld\nabc;def;")
        await asyncio.sleep(0)
        r.feed_data(b"tail")
        r.feed_eof()
        print("eof fed")
    t = asyncio.create_task(feeder())
    print(await r.readline())
    print(await r.readuntil(b";"))
    print(await r.readexactly(2))
    print(await r.read(2))
    try:
        await r.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print("incomplete:", e, e.partial, e.expected)
    print(await r.read(), r.at_eof())
    print(await r.readline(), await r.read())
    await t
    r2 = asyncio.StreamReader(limit=5)
    r2.feed_data(b"0123456789\nxy\n")
    try:
        await r2.readline()
    except ValueError as e:
        print("limit:", e)
    print(await r2.readline())
    r3 = asyncio.StreamReader(limit=4)
    r3.feed_data(b"abcdefgh")
    try:
        await r3.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("overrun:", e, e.consumed)
    r3.feed_eof()
    try:
        await r3.readuntil(b"!")
    except asyncio.LimitOverrunError as e:
        print("still over the limit:", e.consumed, bytes(r3._buffer))
    print(await r3.read(3), await r3.read())
    r4 = asyncio.StreamReader()
    r4.set_exception(ConnectionResetError("peer gone"))
    try:
        await r4.read(1)
    except ConnectionResetError as e:
        print("exc:", e, r4.exception())
    r5 = asyncio.StreamReader()
    r5.feed_data(b"line1\nline2\nlast")
    r5.feed_eof()
    async for line in r5:
        print("iter", line)
    try:
        await r5.readexactly(-1)
    except ValueError as e:
        print(e)
    try:
        await r5.readuntil(b"")
    except ValueError as e:
        print(e)

asyncio.run(main())
