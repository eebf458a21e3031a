import asyncio
import concurrent.futures
import time

PAGES = {"home": 0.3, "about": 0.1, "missing": 0.2, "blog": 0.2}


def fetch_blocking(page):
    time.sleep(PAGES[page])
    if page == "missing":
        raise FileNotFoundError(page)
    return f"<{page}>"


async def ticker(stop):
    n = 0
    while not stop.is_set():
        await asyncio.sleep(0.16)
        n += 1
    return n


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    tick = asyncio.create_task(ticker(stop))
    t0 = loop.time()
    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        jobs = {page: loop.run_in_executor(pool, fetch_blocking, page) for page in PAGES}
        for page, job in jobs.items():
            try:
                body = await job
                print(f"{page:8} {body:10} at {loop.time() - t0:.1f}")
            except FileNotFoundError as e:
                print(f"{page:8} missing:  {e!r}")
        # the same through wrap_future and asyncio.wait
        futs = [asyncio.wrap_future(pool.submit(fetch_blocking, p)) for p in ("about", "blog")]
        done, pending = await asyncio.wait(futs, return_when=asyncio.FIRST_COMPLETED)
        print(len(done), len(pending), [f.result() for f in done])
        await asyncio.wait(pending)
    stop.set()
    print("ticks", await tick, "elapsed", round(loop.time() - t0, 1))

    # cancelling the asyncio side of a queued job cancels the job
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        first = pool.submit(time.sleep, 0.2)
        queued = pool.submit(fetch_blocking, "about")
        wrapped = asyncio.wrap_future(queued)
        wrapped.cancel()
        await asyncio.sleep(0)
        print("queued cancelled:", queued.cancelled(), "first:", first.cancelled())

asyncio.run(main())
