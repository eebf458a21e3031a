# A teacher's demo: fetch "pages" concurrently with a semaphore, per-request timeout, retries,
# a TaskGroup, and a summary table
import asyncio
import itertools
from collections import Counter, defaultdict

LATENCY = {"home": 0.02, "about": 0.05, "blog": 0.3, "shop": 0.04, "api": 0.01, "docs": 0.06}
FLAKY = {"shop": 2, "api": 1}
attempts = Counter()
timeline = []
retried = []
counter = itertools.count(1)

async def fetch(page):
    attempts[page] += 1
    await asyncio.sleep(LATENCY[page])
    if attempts[page] <= FLAKY.get(page, 0):
        raise ConnectionError(f"{page}: connection reset (try {attempts[page]})")
    return f"<html>{page}</html>"

async def fetch_with_retry(sem, page, retries=3, timeout=0.1):
    for attempt in range(1, retries + 1):
        async with sem:
            timeline.append((next(counter), page, attempt))
            try:
                async with asyncio.timeout(timeout):
                    return page, await fetch(page), attempt
            except TimeoutError:
                return page, None, attempt
            except ConnectionError as e:
                retried.append(str(e))
                await asyncio.sleep(0.01 * attempt)
    return page, None, retries

async def main():
    sem = asyncio.Semaphore(3)
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fetch_with_retry(sem, p), name=p) for p in LATENCY]
    by_status = defaultdict(list)
    print(f"{'page':<6}|{'status':^9}|{'tries':>5}|{'size':>5}")
    print("-" * 28)
    for t in tasks:
        page, body, tries = t.result()
        status = "ok" if body else "timeout"
        by_status[status].append(page)
        print(f"{page:<6}|{status:^9}|{tries:>5}|{len(body) if body else '-':>5}")
    print(dict(by_status))
    print("attempts:", sorted(attempts.items()))
    print("first five starts:", timeline[:5])
    print("retried:", sorted(retried))

asyncio.run(main())
