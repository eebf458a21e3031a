import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    tasks = [asyncio.create_task(job(n)) for n in (3, 1, 7, 2)]
    got = []
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.05):
            r = await fut
            got.append(r)
            print("got", r)
    except TimeoutError as e:
        print("TimeoutError", repr(e), "after", got)
    print("still pending:", [t.done() for t in tasks])
    print("last result when done:", await tasks[2])
    print("empty:", list(asyncio.as_completed([])))
    it = asyncio.as_completed([job(0)])
    print(type(it).__name__)
    print(await next(it))

asyncio.run(main())
