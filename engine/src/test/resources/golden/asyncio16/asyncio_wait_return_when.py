import asyncio

async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ValueError(name)
    return name

def names(tasks):
    return sorted(t.get_name() for t in tasks)

async def main():
    mk = lambda: [asyncio.create_task(job(n, d, f), name=n) for n, d, f in [("a", 0.01, False), ("b", 0.1, True), ("c", 1.0, False)]]
    ts = mk()
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION", names(done), names(pending), [type(t.exception()).__name__ for t in done])
    done, pending = await asyncio.wait(pending, timeout=0.01)
    print("timeout", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel", names(done), [t.cancelled() for t in done])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(ts, return_when="SOMETIMES")
    except ValueError as e:
        print("ValueError:", e)
    coro = job("x", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
        coro.close()
    done, pending = await asyncio.wait(ts, timeout=0)
    print("all done already", len(done), len(pending))
    ts = mk()
    done, pending = await asyncio.wait(ts, timeout=0)
    print("timeout 0 fresh", len(done), len(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED, timeout=0.4)
    print("ALL_COMPLETED timeout", names(done), names(pending))
    await asyncio.wait(pending)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.01, f.set_result, "fut")
    done, _ = await asyncio.wait({f})
    print([d.result() for d in done])
    results = []
    for c in asyncio.as_completed([job("slow", 0.3), job("fast", 0.01), job("mid", 0.15)]):
        results.append(await c)
    print(results)
    try:
        for c in asyncio.as_completed([job("slow", 2.0), job("fast", 0.01)], timeout=0.3):
            print("as_completed got", await c)
    except TimeoutError:
        print("as_completed TimeoutError")
    await asyncio.sleep(0)

asyncio.run(main())
