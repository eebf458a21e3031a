import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    raise ConnectionRefusedError(f"cannot reach {url}")

async def with_deadline(url):
    task = asyncio.create_task(fetch(url))
    return await asyncio.wait_for(task, timeout=1)

async def main():
    results = await asyncio.gather(with_deadline("a.example"), return_exceptions=True)
    print("gathered:", results)
    await with_deadline("b.example")

asyncio.run(main())
