import asyncio

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def load():
    return await asyncio.wait_for(parse("12x"), timeout=1)

async def main():
    values = await asyncio.gather(load(), parse("3"))
    print(values)

asyncio.run(main())
