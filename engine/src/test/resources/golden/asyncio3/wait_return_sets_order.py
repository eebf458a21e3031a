import asyncio

async def job(n, d):
    await asyncio.sleep(d)
    if n == 3:
        raise ValueError(n)
    return n

async def main():
    tasks = [asyncio.create_task(job(i, 0.01 * (4 - i)), name=f"job{i}") for i in range(4)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("first:", sorted(t.get_name() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.025)
    print("by 0.025:", sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    done, pending = await asyncio.wait(pending)
    print("rest:", sorted(t.get_name() for t in done), pending)
    print([t.exception() for t in tasks][::-1][0], sorted((t.get_name(), t.result()) for t in tasks if not t.exception()))
    for coro in asyncio.as_completed([job(9, 0.02), job(8, 0.01)]):
        print("as_completed ->", await coro)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.wait(tasks, return_when="bogus")
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
