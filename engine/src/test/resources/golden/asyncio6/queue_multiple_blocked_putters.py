import asyncio

async def producer(q, name, items):
    for it in items:
        await q.put(f"{name}{it}")
        print(f"  {name} put {name}{it} (qsize {q.qsize()})")

async def main():
    q = asyncio.Queue(maxsize=2)
    ps = [asyncio.create_task(producer(q, n, range(3))) for n in "xyz"]
    await asyncio.sleep(0)
    print("full:", q.full(), "putters waiting:", len(q._putters))
    got = []
    while len(got) < 9:
        got.append(await q.get())
        print("got", got[-1])
        await asyncio.sleep(0)
    await asyncio.gather(*ps)
    print(got)

asyncio.run(main())
