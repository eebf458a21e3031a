import asyncio

async def job(n, fail=False):
    await asyncio.sleep(n / 100)
    if fail:
        raise RuntimeError(f"job {n}")
    return n

def names(s):
    return sorted(t.get_name() for t in s)

async def main():
    ts = [asyncio.create_task(job(n), name=f"j{n}") for n in (1, 2, 3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("no failure:", names(done), names(pending))
    ts = [asyncio.create_task(job(n, n == 2), name=f"k{n}") for n in (1, 2, 3)]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_EXCEPTION)
    print("failure:", names(done), names(pending))
    for t in pending:
        t.cancel()
    done2, _ = await asyncio.wait(pending)
    print("after cancel:", [(t.get_name(), t.cancelled()) for t in done2])
    for t in sorted(done, key=lambda t: t.get_name()):
        print(t.get_name(), t.exception())
    ts = [asyncio.create_task(job(n, True), name=f"m{n}") for n in (3, 1)]
    done, pending = await asyncio.wait(ts, timeout=0.015, return_when=asyncio.FIRST_EXCEPTION)
    print("timeout+exc:", names(done), names(pending))
    await asyncio.wait(pending)
    print([type(t.exception()).__name__ for t in ts])

asyncio.run(main())
