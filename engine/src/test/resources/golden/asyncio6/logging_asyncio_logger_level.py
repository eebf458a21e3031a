import asyncio, logging

logging.basicConfig(format="[%(name)s] %(levelname)s %(message)s")
logging.getLogger("asyncio").setLevel(logging.CRITICAL)

async def boom():
    raise KeyError("quiet")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("silenced")
    logging.getLogger("asyncio").setLevel(logging.ERROR)
    asyncio.get_running_loop().call_soon(int, "x")
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
