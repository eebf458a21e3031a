import asyncio

async def ok(n, d):
    await asyncio.sleep(d)
    return n

async def bad(d):
    await asyncio.sleep(d)
    raise ValueError("bad")

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    a = asyncio.create_task(ok(1, 0.01), name="a")
    b = asyncio.create_task(ok(2, 0.05), name="b")
    done, pending = await asyncio.wait({a, b}, timeout=0.02, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    c = asyncio.create_task(bad(0.01), name="c")
    done, pending = await asyncio.wait({b, c}, return_when=asyncio.FIRST_EXCEPTION)
    print(names(done), names(pending))
    done, pending = await asyncio.wait({b, c}, return_when=asyncio.FIRST_COMPLETED)
    print(names(done), names(pending))
    done, pending = await asyncio.wait({b}, timeout=0)
    print(names(done), names(pending))
    try:
        await asyncio.wait({b}, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await b
    print(c.exception())
    done, pending = await asyncio.wait([a, b, c])
    print(names(done), names(pending))

asyncio.run(main())
