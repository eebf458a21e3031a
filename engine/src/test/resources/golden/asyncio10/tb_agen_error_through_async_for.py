# An error inside an async generator, re-raised with a cause through async for in a task, uncaught
import asyncio

class ParseError(Exception):
    pass

async def records(lines):
    for n, line in enumerate(lines, 1):
        await asyncio.sleep(0)
        try:
            key, value = line.split("=")
        except ValueError as e:
            raise ParseError(f"line {n}: {line!r}") from e
        yield key.strip(), int(value)

async def load(lines):
    out = {}
    async for k, v in records(lines):
        out[k] = v
    return out

async def main():
    print(await load(["a = 1", "b=2"]))
    bad = asyncio.create_task(load(["x=1", "oops"]))
    orphan = asyncio.create_task(load(["y=not a number"]))
    await asyncio.sleep(0.01)
    del orphan
    await bad

asyncio.run(main())
