# Barrier: parties, n_waiting, broken, reset while waiting, abort, reprs at each stage.
import asyncio


async def runner(b, name, log):
    try:
        idx = await b.wait()
        log.append(f"{name} passed idx={idx}")
    except asyncio.BrokenBarrierError as e:
        log.append(f"{name} broken {type(e).__name__} args={e.args}")
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" at ")[0], repr(b).split("[")[1])
    print(b.parties, b.n_waiting, b.broken)
    log = []
    tasks = [asyncio.create_task(runner(b, f"r{i}", log)) for i in range(2)]
    await asyncio.sleep(0)
    print("waiting:", b.n_waiting, repr(b).split("[")[1])
    t3 = asyncio.create_task(runner(b, "r2", log))
    await asyncio.sleep(0)
    print("after third:", b.n_waiting, repr(b).split("[")[1])
    await asyncio.gather(*tasks, t3)
    print(sorted(log))
    log.clear()

    # reset while two are waiting
    tasks = [asyncio.create_task(runner(b, f"w{i}", log)) for i in range(2)]
    await asyncio.sleep(0)
    print("before reset:", repr(b).split("[")[1])
    await b.reset()
    print("after reset:", repr(b).split("[")[1])
    await asyncio.gather(*tasks)
    print(sorted(log))
    log.clear()
    print("usable again:", b.broken, b.n_waiting)

    # abort
    tasks = [asyncio.create_task(runner(b, f"a{i}", log)) for i in range(1)]
    await asyncio.sleep(0)
    await b.abort()
    print("after abort:", repr(b).split("[")[1], b.broken)
    await asyncio.gather(*tasks)
    print(log)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", repr(e))
    await b.reset()
    print("reset again:", repr(b).split("[")[1])

    # cancellation of a waiter
    log.clear()
    t = asyncio.create_task(runner(b, "c0", log))
    await asyncio.sleep(0)
    print("n_waiting", b.n_waiting)
    t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print(log, "n_waiting", b.n_waiting, "broken", b.broken)

    # context manager form
    b2 = asyncio.Barrier(2)
    async def cm(name):
        async with b2 as pos:
            print(name, "in with, pos", pos)
    await asyncio.gather(cm("x"), cm("y"))

    for bad in (0, -1):
        try:
            asyncio.Barrier(bad)
        except ValueError as e:
            print("Barrier(%d):" % bad, e)
    print(issubclass(asyncio.BrokenBarrierError, RuntimeError))


asyncio.run(main())
