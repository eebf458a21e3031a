# A course exercise: crawl a fake site with at most 3 fetches at once.
import asyncio
from dataclasses import dataclass, field

SITE = {
    "/": ["/a", "/b", "/c"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/missing"],
    "/c": ["/a", "/c/1", "/c/2", "/c/3"],
    "/a/1": [], "/a/2": ["/b/1"], "/b/1": [], "/c/1": [], "/c/2": ["/c/3"], "/c/3": [],
}

@dataclass
class Stats:
    fetched: list = field(default_factory=list)
    errors: dict = field(default_factory=dict)
    peak: int = 0
    active: int = 0

class NotFound(Exception):
    pass

async def fetch(url, stats, sem):
    async with sem:
        stats.active += 1
        stats.peak = max(stats.peak, stats.active)
        try:
            await asyncio.sleep(0.001 * (len(url) % 3))
            if url not in SITE:
                raise NotFound(url)
            stats.fetched.append(url)
            return SITE[url]
        finally:
            stats.active -= 1

async def crawl(start, limit=3):
    stats = Stats()
    sem = asyncio.Semaphore(limit)
    seen = {start}
    frontier = [start]
    depth = 0
    while frontier:
        print(f"depth {depth}: {sorted(frontier)} locked={sem.locked()}")
        results = await asyncio.gather(*(fetch(u, stats, sem) for u in frontier),
                                       return_exceptions=True)
        nxt = []
        for url, res in zip(frontier, results):
            if isinstance(res, Exception):
                stats.errors[url] = repr(res)
                continue
            for link in res:
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        frontier = nxt
        depth += 1
    return stats, seen

stats, seen = asyncio.run(crawl("/"))
print("fetched", len(stats.fetched), sorted(stats.fetched))
print("errors", stats.errors)
print("peak <= 3:", stats.peak <= 3, "active", stats.active)
print("seen", len(seen))
print(Stats(fetched=[1], peak=2))
