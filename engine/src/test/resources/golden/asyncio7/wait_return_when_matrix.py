import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    for when in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        for timeout in (None, 0.015):
            ts = [asyncio.create_task(job("a", 0.01), name="a"),
                  asyncio.create_task(job("b", 0.02, fail=True), name="b"),
                  asyncio.create_task(job("c", 0.03), name="c")]
            done, pending = await asyncio.wait(ts, timeout=timeout, return_when=when)
            print(f"{when:<16} timeout={timeout!s:<5} done={names(done)} pending={names(pending)}")
            for t in pending:
                t.cancel()
            await asyncio.gather(*ts, return_exceptions=True)
    print(repr(asyncio.FIRST_COMPLETED), asyncio.ALL_COMPLETED == "ALL_COMPLETED")
    try:
        await asyncio.wait([asyncio.sleep(0)], return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
