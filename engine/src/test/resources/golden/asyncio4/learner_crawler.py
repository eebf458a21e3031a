import asyncio, random

random.seed(7)
PAGES = {"/": ["/a", "/b"], "/a": ["/c", "/"], "/b": ["/c", "/d"], "/c": [], "/d": ["/e"], "/e": ["/missing"]}

async def fetch(url):
    await asyncio.sleep(random.random() / 100)
    if url not in PAGES:
        raise LookupError(f"404 {url}")
    return PAGES[url]

async def crawl(start, limit=3):
    seen = {start}
    queue = asyncio.Queue()
    await queue.put(start)
    errors = []
    sem = asyncio.Semaphore(limit)
    async def worker(wid):
        while True:
            url = await queue.get()
            try:
                async with sem:
                    links = await fetch(url)
                for link in links:
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except LookupError as e:
                errors.append(str(e))
            finally:
                queue.task_done()
    workers = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(limit)]
    await queue.join()
    for w in workers:
        w.cancel()
    done = await asyncio.gather(*workers, return_exceptions=True)
    return sorted(seen), errors, [type(d).__name__ for d in done]

print(asyncio.run(crawl("/")))
