import asyncio

async def parse(text):
    await asyncio.sleep(0)
    try:
        return int(text)
    except ValueError:
        raise LookupError(f"bad item {text!r}")

async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(parse("1"))
        b = tg.create_task(parse("x"))
    print(a.result(), b.result())

asyncio.run(main())
