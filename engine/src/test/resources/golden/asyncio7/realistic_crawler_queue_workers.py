import asyncio
from collections import defaultdict

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": ["/c/slow"],
    "/a/1": [], "/a/2": ["/a/1"], "/b/1": ["/b"], "/c/slow": [],
}
DELAY = defaultdict(lambda: 0.001, {"/c/slow": 0.05})

class NotFound(Exception):
    pass

async def fetch(path):
    await asyncio.sleep(DELAY[path])
    if path not in SITE:
        raise NotFound(path)
    return SITE[path]

async def worker(name, queue, seen, results, limit):
    while True:
        path, depth = await queue.get()
        try:
            async with limit:
                links = await asyncio.wait_for(fetch(path), timeout=0.02)
            results[path] = f"{len(links)} links (by {name}, depth {depth})"
            for link in links:
                if link not in seen:
                    seen.add(link)
                    queue.put_nowait((link, depth + 1))
        except NotFound as e:
            results[path] = f"404 {e}"
        except TimeoutError:
            results[path] = "timed out"
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    seen = {"/"}
    results = {}
    queue.put_nowait(("/", 0))
    limit = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(f"w{i}", queue, seen, results, limit)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    for path in sorted(results):
        print(f"{path:<9} {results[path]}")
    print("workers:", [type(d).__name__ for d in done], "seen:", len(seen))

asyncio.run(main())
