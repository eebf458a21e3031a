import asyncio
from dataclasses import dataclass, field

@dataclass(order=True)
class Download:
    priority: int
    url: str = field(compare=False)
    size: int = field(compare=False, default=100)

async def fetch(d, sem, progress):
    async with sem:
        done = 0
        while done < d.size:
            await asyncio.sleep(0.001 * (d.size // 50))
            done = min(d.size, done + 50)
            progress[d.url] = done
        if d.url.endswith(".bad"):
            raise IOError(f"corrupt: {d.url}")
        return d.url, d.size

async def main():
    queue = asyncio.PriorityQueue()
    for d in [Download(3, "c.zip", 200), Download(1, "a.txt"), Download(2, "b.bad", 50), Download(1, "d.png", 150)]:
        queue.put_nowait(d)
    order = []
    while not queue.empty():
        order.append(queue.get_nowait())
    print("order:", [d.url for d in order])
    sem = asyncio.Semaphore(2)
    progress = {}
    results = await asyncio.gather(*(fetch(d, sem, progress) for d in order), return_exceptions=True)
    for d, r in zip(order, results):
        status = f"{type(r).__name__}: {r}" if isinstance(r, Exception) else f"ok {r[1]} bytes"
        print(f"{d.url:<6} {status}")
    print(dict(sorted(progress.items())))

asyncio.run(main())
