import asyncio

async def item(name, d):
    await asyncio.sleep(d)
    if name == "bad":
        raise ValueError(name)
    return name

async def main():
    coros = [item("slow", 0.03), item("bad", 0.02), item("fast", 0.01)]
    for i, fut in enumerate(asyncio.as_completed(coros)):
        try:
            print(i, await fut)
        except ValueError as e:
            print(i, "error", e)
    print("names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    it = asyncio.as_completed([item("z", 0.5), item("y", 0.01)], timeout=0.05)
    got = []
    try:
        for f in it:
            got.append(await f)
    except TimeoutError:
        print("timed out after", got)
    await asyncio.sleep(0)
    print("left:", len(asyncio.all_tasks()))
    try:
        asyncio.as_completed(item("q", 0))
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
