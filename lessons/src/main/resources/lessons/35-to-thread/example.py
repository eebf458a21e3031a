import asyncio
import time

def download(name):
    time.sleep(1)
    print("downloaded", name)
    return len(name)

async def heartbeat():
    for i in range(3):
        print("beat", i)
        await asyncio.sleep(0.4)

async def main():
    size, _ = await asyncio.gather(
        asyncio.to_thread(download, "report.pdf"),
        heartbeat(),
    )
    print("size", size)

asyncio.run(main())
