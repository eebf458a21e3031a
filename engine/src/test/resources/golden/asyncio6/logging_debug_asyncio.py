import asyncio, logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)s:%(name)s:%(message)s")
log = logging.getLogger("app")

async def boom():
    await asyncio.sleep(0)
    raise ValueError("lost")

async def main():
    log.info("main starts")
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    del t
    asyncio.get_running_loop().call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    log.debug("main ends")

asyncio.run(main())
