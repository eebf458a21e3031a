import asyncio

class ConfigError(Exception):
    pass

async def load(name):
    await asyncio.sleep(0)
    try:
        {}[name]
    except KeyError as e:
        raise ConfigError(f"missing {name}") from e

async def other():
    await asyncio.sleep(0.01)
    print("other finished anyway")

async def main():
    await asyncio.gather(other(), load("port"))

asyncio.run(main())
