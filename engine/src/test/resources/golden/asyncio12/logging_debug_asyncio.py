# logging at DEBUG level while asyncio runs: the library's own debug records.
import asyncio
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")

async def job(n):
    log.debug("job %d start", n)
    await asyncio.sleep(0)
    if n == 2:
        raise ValueError("job 2 failed")
    log.info("job %d done", n)
    return n

async def main():
    results = await asyncio.gather(*(job(i) for i in range(3)), return_exceptions=True)
    log.warning("results: %r", results)
    t = asyncio.create_task(job(2))
    await asyncio.sleep(0.001)
    del t
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    log.error("main ends")

asyncio.run(main())
asyncio.run(main(), debug=True)
