import asyncio
from dataclasses import dataclass, field
from collections import defaultdict, Counter, deque
from enum import Enum, auto
from typing import NamedTuple
import itertools, functools, operator, heapq, random

class Status(Enum):
    OK = auto()
    RETRY = auto()
    FAIL = auto()

class Page(NamedTuple):
    url: str
    links: tuple[str, ...]

SITE = {
    "/": ("/a", "/b", "/c"),
    "/a": ("/a/1", "/b"),
    "/b": ("/", "/b/1", "/b/2"),
    "/c": (),
    "/a/1": ("/missing",),
    "/b/1": ("/c",),
    "/b/2": ("/b/1", "/a/1"),
}

@dataclass(order=True)
class Result:
    depth: int
    url: str
    status: Status = field(compare=False, default=Status.OK)
    attempts: int = field(compare=False, default=1)

attempts = Counter()

async def fetch(url: str) -> Page:
    attempts[url] += 1
    await asyncio.sleep(0.001 * len(url))
    if url == "/b/2" and attempts[url] < 2:
        raise ConnectionError(f"flaky {url}")
    if url not in SITE:
        raise LookupError(url)
    return Page(url, SITE[url])

async def crawl(start, workers=3):
    seen = {start}
    q: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    q.put_nowait((0, start))
    results: list[Result] = []
    async def worker(wid):
        while True:
            depth, url = await q.get()
            try:
                for attempt in itertools.count(1):
                    try:
                        page = await fetch(url)
                    except ConnectionError as e:
                        print(f"  w{wid}: {e!s:>12} (attempt {attempt})")
                        continue
                    except LookupError:
                        results.append(Result(depth, url, Status.FAIL, attempt))
                        break
                    results.append(Result(depth, url, attempts=attempt, status=Status.RETRY if attempt > 1 else Status.OK))
                    for link in page.links:
                        if link not in seen:
                            seen.add(link)
                            q.put_nowait((depth + 1, link))
                    break
            finally:
                q.task_done()
    ws = [asyncio.create_task(worker(i), name=f"w{i}") for i in range(workers)]
    await q.join()
    for w in ws:
        w.cancel()
    await asyncio.gather(*ws, return_exceptions=True)
    return sorted(results)

async def main():
    res = await crawl("/")
    for r in res:
        print(f"{r.depth:>2} {r.url:<8} {r.status.name:<5} {r.attempts}")
    by_status = defaultdict(list)
    for r in res:
        by_status[r.status].append(r.url)
    print({k.name: v for k, v in sorted(by_status.items(), key=lambda kv: kv[0].value)})
    print(attempts.most_common(2), sum(attempts.values()))
    print(functools.reduce(operator.add, (r.depth for r in res)), heapq.nsmallest(2, res))
    match res[0]:
        case Result(depth=0, url=u, status=Status.OK):
            print("root ok", u)
        case _:
            print("?")

asyncio.run(main())
