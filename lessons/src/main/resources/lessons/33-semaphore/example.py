import asyncio

async def download(sem, name, seconds):
    print(name, "waiting for a slot")
    async with sem:
        print(name, "downloading")
        await asyncio.sleep(seconds)
        print(name, "done")

async def main():
    sem = asyncio.Semaphore(2)
    jobs = [("a", 2.5), ("b", 1), ("c", 1), ("d", 1)]
    await asyncio.gather(*(
        asyncio.create_task(download(sem, name, s), name=name)
        for name, s in jobs))
    print("all done")

asyncio.run(main())
