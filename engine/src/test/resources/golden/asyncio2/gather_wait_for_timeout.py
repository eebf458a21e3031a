# wait_for around a gather: the timeout cancels the gather and every child still running.
import asyncio

log = []


async def fetch(n, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"fetched {n}")
        return n
    except asyncio.CancelledError:
        log.append(f"cancelled {n}")
        raise


async def main():
    try:
        await asyncio.wait_for(asyncio.gather(fetch(1, 0.01), fetch(2, 0.5), fetch(3, 0.6)), 0.1)
    except TimeoutError:
        log.append("timed out")
    print(log)
    log.clear()
    res = await asyncio.wait_for(asyncio.gather(fetch(4, 0.01), fetch(5, 0.02)), 1)
    print(res, log)


asyncio.run(main())
