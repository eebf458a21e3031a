import asyncio

class ConfigError(Exception):
    pass

async def load(name):
    await asyncio.sleep(0)
    try:
        {}[name]
    except KeyError as e:
        raise ConfigError(f"missing {name}") from e

async def parse(text):
    await asyncio.sleep(0)
    try:
        int(text)
    except ValueError:
        raise RuntimeError("cannot parse " + text)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(load("port"))
        tg.create_task(parse("x1"))

try:
    asyncio.run(main())
except* ConfigError as eg:
    print("config:", [str(e) for e in eg.exceptions], type(eg.exceptions[0].__cause__).__name__)
    raise
