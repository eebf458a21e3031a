import asyncio

async def leaf():
    await asyncio.sleep(1)

async def middle():
    await leaf()

async def top():
    await middle()

def chain(obj):
    links = []
    while hasattr(obj, "cr_await"):
        links.append(obj.__qualname__)
        obj = obj.cr_await
    return " -> ".join(links + [type(obj).__name__])

async def main():
    task = asyncio.create_task(top())
    await asyncio.sleep(0.5)
    print(chain(task.get_coro()))
    await task
    print(chain(task.get_coro()))

asyncio.run(main())
