# An exception raised from a nested coroutine, chained twice, with notes, escapes asyncio.run.
import asyncio

class ConfigError(Exception):
    pass

async def read_config(name):
    await asyncio.sleep(0)
    try:
        return {"a": 1}[name]
    except KeyError as e:
        raise ConfigError(f"no setting {name!r}") from e

async def start_service(name):
    try:
        return await read_config(name)
    except ConfigError as e:
        e.add_note(f"while starting service {name}")
        e.add_note("hint: check settings.toml")
        raise RuntimeError("service failed to start")

async def main():
    t = asyncio.create_task(start_service("db"))
    print("started", t.get_name())
    await t

asyncio.run(main())
