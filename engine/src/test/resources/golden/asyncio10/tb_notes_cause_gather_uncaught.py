# An exception with notes and a cause, raised in a task, re-raised through gather and wait_for, uncaught
import asyncio

class ConfigError(Exception):
    pass

async def load(name):
    await asyncio.sleep(0)
    try:
        {}[name]
    except KeyError as e:
        err = ConfigError(f"missing {name}")
        err.add_note(f"while loading {name!r}")
        err.add_note("check settings.toml")
        raise err from e

async def wrapper():
    return await asyncio.wait_for(load("port"), timeout=5)

async def main():
    res = await asyncio.gather(wrapper(), asyncio.sleep(0.01, "ok"))
    print(res)

asyncio.run(main())
