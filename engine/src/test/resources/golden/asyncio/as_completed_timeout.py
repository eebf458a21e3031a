# as_completed yields awaitables in completion order; with a timeout, the ones
# not done by then raise TimeoutError.
import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    tasks = [asyncio.create_task(job(n, d)) for n, d in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    for aw in asyncio.as_completed(tasks):
        print("next:", await aw)

    results = []
    try:
        for aw in asyncio.as_completed([job("a", 0.05), job("b", 0.5), job("c", 0.1)], timeout=0.2):
            results.append(await aw)
    except TimeoutError:
        results.append("TimeoutError")
    print(results)
    await asyncio.sleep(0.5)
    print("remaining tasks:", sorted(t.get_name() != "" for t in asyncio.all_tasks()))

    async def fails():
        await asyncio.sleep(0.01)
        raise ValueError("failed")
    for aw in asyncio.as_completed([fails(), job("ok", 0.02)]):
        try:
            print("got", await aw)
        except ValueError as e:
            print("raised", e)
    try:
        asyncio.as_completed(job("x", 0))
    except TypeError as e:
        print(e)
    print(list(asyncio.as_completed([])))

asyncio.run(main())
