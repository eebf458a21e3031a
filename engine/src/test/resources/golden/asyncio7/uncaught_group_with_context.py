import asyncio

async def parse(text):
    await asyncio.sleep(0)
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"no number in {text!r}")

async def fetch(n):
    await asyncio.sleep(0)
    if n > 1:
        raise ConnectionError(f"host {n} down") from TimeoutError(n)
    return n

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12"))
        tg.create_task(parse("x"))
        tg.create_task(fetch(1))
        tg.create_task(fetch(2))

asyncio.run(main())
