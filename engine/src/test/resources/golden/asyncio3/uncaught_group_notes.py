import asyncio

async def fetch(i):
    await asyncio.sleep(0)
    if i % 2:
        err = ValueError(f"bad item {i}")
        err.add_note(f"while fetching item {i}")
        raise err
    return i

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(4):
            tg.create_task(fetch(i))

try:
    asyncio.run(main())
except* ValueError as eg:
    print("caught", len(eg.exceptions), [str(e) for e in eg.exceptions])
    print([e.__notes__ for e in eg.exceptions])
    raise RuntimeError("wrapped") from eg
