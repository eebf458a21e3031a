import asyncio

async def job(name, d, exc=None):
    await asyncio.sleep(d)
    if exc:
        raise exc
    return name

async def main():
    tasks = {asyncio.create_task(job(n, d), name=n) for n, d in [("a", 0.03), ("b", 0.01), ("c", 0.05)]}
    done, pending = await asyncio.wait(tasks, timeout=0.02)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    tasks = [asyncio.create_task(job("x", 0.01, ValueError("x"))), asyncio.create_task(job("y", 0.03))]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [t.exception() for t in done])
    await asyncio.wait(pending)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError", e)
    try:
        await asyncio.wait([job("z", 0)])
    except TypeError as e:
        print("TypeError", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError", e)
    # wait_for with timeout 0 on done/undone
    t = asyncio.create_task(job("w", 0))
    await asyncio.sleep(0.001)
    print(await asyncio.wait_for(t, 0))
    try:
        await asyncio.wait_for(job("v", 0.01), 0)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e) is asyncio.TimeoutError)
    try:
        await asyncio.wait_for(job("u", 0.05), 0.01)
    except asyncio.TimeoutError as e:
        print("timeout", repr(e.__cause__), repr(e.__context__))
    print(await asyncio.wait_for(job("n", 0.01), None))
    # as_completed with timeout
    try:
        for f in asyncio.as_completed([job("p", 0.01), job("q", 0.1)], timeout=0.03):
            print("got", await f)
    except asyncio.TimeoutError as e:
        print("as_completed timeout", repr(e))
    await asyncio.sleep(0.1)

asyncio.run(main())
