import asyncio

async def work(n, d, fail=False):
    await asyncio.sleep(d)
    if fail:
        raise RuntimeError(f"w{n}")
    return n

async def main():
    tasks = [asyncio.create_task(work(i, d, i == 2), name=f"w{i}") for i, d in enumerate([0.3, 0.1, 0.2, 0.05])]
    got = []
    for fut in asyncio.as_completed(tasks):
        try:
            got.append(await fut)
        except RuntimeError as e:
            got.append(f"err {e}")
    print(got)

    # as_completed with timeout while shielded tasks continue
    inner = asyncio.create_task(work(9, 0.2), name="inner")
    sh = asyncio.shield(inner)
    try:
        for fut in asyncio.as_completed([sh, work(8, 0.5)], timeout=0.1):
            print(await fut)
    except TimeoutError:
        print("as_completed timed out; inner done?", inner.done())
    print("inner result", await inner)
    await asyncio.sleep(0.5)

    # shield: cancel outer, inner finishes with exception, nobody retrieves?
    inner2 = asyncio.create_task(work(7, 0.05, fail=True))
    outer = asyncio.shield(inner2)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("outer cancelled")
    try:
        await inner2
    except RuntimeError as e:
        print("inner2 raised", e)

    # gather of shields, cancel gather
    a = asyncio.create_task(work(1, 0.1))
    b = asyncio.create_task(work(2, 0.2))
    g = asyncio.gather(asyncio.shield(a), asyncio.shield(b))
    await asyncio.sleep(0.05)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", a.done(), b.done())
    print(await a, await b)

asyncio.run(main())
