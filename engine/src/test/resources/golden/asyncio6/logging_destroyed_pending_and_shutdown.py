import asyncio, logging, gc

logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(name)s: %(message)s")

async def stuck():
    await asyncio.get_running_loop().create_future()

async def bad_cleanup():
    try:
        await asyncio.sleep(10)
    finally:
        raise OSError("cleanup failed")

async def main():
    t = asyncio.create_task(stuck())
    await asyncio.sleep(0)
    del t
    gc.collect()
    logging.info("after collect")
    asyncio.create_task(bad_cleanup())
    await asyncio.sleep(0)
    logging.warning("main returns")

asyncio.run(main())
logging.info("after run")
