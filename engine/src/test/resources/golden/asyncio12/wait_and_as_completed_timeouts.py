# wait(timeout=) and as_completed(timeout=) the way a dashboard uses them.
import asyncio

async def service(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise ConnectionError(name)
    return name

async def main():
    tasks = {asyncio.create_task(service(n, d, f), name=n)
             for n, d, f in [("fast", 0.01, False), ("broken", 0.02, True), ("slow", 0.5, False)]}
    done, pending = await asyncio.wait(tasks, timeout=0.1)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    for t in sorted(done, key=lambda t: t.get_name()):
        print(" ", t.get_name(), "->", repr(t.exception()) if t.exception() else t.result())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)
    print([t.cancelled() for t in pending])

    results = []
    try:
        for fut in asyncio.as_completed([service("a", 0.03), service("b", 0.01), service("c", 1)], timeout=0.1):
            results.append(await fut)
    except asyncio.TimeoutError as e:
        print("as_completed timed out after", results, type(e).__name__)
    await asyncio.sleep(0)
    print(sorted(t.get_name() for t in asyncio.all_tasks() if t is not asyncio.current_task()))

    done, pending = await asyncio.wait([asyncio.create_task(service("x", 0.01, True)),
                                        asyncio.create_task(service("y", 0.3))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(t.exception()).__name__ for t in done])
    for t in pending:
        t.cancel()
    done, pending = await asyncio.wait([asyncio.create_task(service("z", 0.01))], timeout=0)
    print("timeout=0:", len(done), len(pending))
    await asyncio.wait(pending)

asyncio.run(main())
