# asyncio.wait with timeout=: partial done/pending sets, return_when variants, waiting again.
import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise RuntimeError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    tasks = [asyncio.create_task(job(n, d, f), name=n) for n, d, f in
             [("fast", 0.005, False), ("bad", 0.01, True), ("slow", 0.2, False), ("slower", 0.3, False)]]
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, timeout=0)
    print("timeout=0:", names(done), names(pending))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print("FIRST_EXCEPTION with one failed already:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("FIRST_COMPLETED:", names(done), names(pending))
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait(pending)
    print("after cancel:", names(done), [t.cancelled() for t in done])
    print([repr(t.exception()) if not t.cancelled() else "cancelled" for t in tasks])
    for bad in ([], set(), "abc"):
        try:
            await asyncio.wait(bad)
        except (ValueError, TypeError, AttributeError) as e:
            print(type(e).__name__, e)
    try:
        await asyncio.wait(tasks, return_when="ALL")
    except ValueError as e:
        print("ValueError", e)
    coro = job("c", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError", e)
    coro.close()
    f = asyncio.get_running_loop().create_future()
    done, pending = await asyncio.wait([f], timeout=0.001)
    print(len(done), len(pending), f.done())
    w = asyncio.create_task(asyncio.wait([f]))
    await asyncio.sleep(0)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("wait cancelled; future still pending:", not f.done())
    f.set_result(1)
    done, _ = await asyncio.wait({f, f})
    print(len(done))


asyncio.run(main())
