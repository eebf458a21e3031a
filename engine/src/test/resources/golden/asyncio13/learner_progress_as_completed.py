# A progress bar over as_completed, with a global timeout that leaves some downloads unfinished.
import asyncio


async def download(name, seconds, fail=False):
    await asyncio.sleep(seconds)
    if fail:
        raise ConnectionError(f"{name}: reset by peer")
    return name, int(seconds * 1000)


def bar(done, total, width=20):
    filled = width * done // total
    return "[" + "#" * filled + "." * (width - filled) + f"] {done}/{total}"


async def main():
    jobs = {
        "a.txt": 0.01, "b.txt": 0.03, "c.txt": 0.02, "d.txt": 0.2, "e.txt": 0.005,
    }
    tasks = [asyncio.create_task(download(n, s, fail=(n == "c.txt")), name=n) for n, s in jobs.items()]
    done = 0
    try:
        for fut in asyncio.as_completed(tasks, timeout=0.1):
            try:
                name, ms = await fut
                done += 1
                print(bar(done, len(tasks)), name, ms, "ms")
            except ConnectionError as e:
                done += 1
                print(bar(done, len(tasks)), "FAILED", e)
    except TimeoutError as e:
        print("timed out", repr(e))
    left = [t.get_name() for t in tasks if not t.done()]
    print("still running:", left)
    for t in tasks:
        t.cancel()
    res = await asyncio.gather(*tasks, return_exceptions=True)
    print([type(r).__name__ for r in res])
    # as_completed over an empty list and over bare coroutines
    print(list(asyncio.as_completed([])))
    outs = []
    for f in asyncio.as_completed([download("x", 0.002), download("y", 0.001)]):
        outs.append(await f)
    print(outs)
    try:
        for f in asyncio.as_completed(asyncio.sleep(0)):
            pass
    except TypeError as e:
        print("TypeError:", e)
    it = asyncio.as_completed([asyncio.sleep(0.001, "z")])
    print(type(it).__name__)
    print(await next(it))


asyncio.run(main())
