import asyncio

async def producer(queue):
    for item in ["apple", "bread", "cheese"]:
        await queue.put(item)
        print("put", item, "| size", queue.qsize())
        await asyncio.sleep(1)
    await queue.put(None)

async def consumer(queue):
    while True:
        item = await queue.get()
        if item is None:
            break
        print("got", item)
    print("consumer: no more items")

async def main():
    queue = asyncio.Queue()
    await asyncio.gather(
        asyncio.create_task(producer(queue), name="producer"),
        asyncio.create_task(consumer(queue), name="consumer"),
    )

asyncio.run(main())
