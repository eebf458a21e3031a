import asyncio

class AppError(Exception):
    pass

async def load(key):
    await asyncio.sleep(0)
    return {"a": 1}[key]

async def service(key):
    try:
        return await load(key)
    except KeyError as e:
        err = AppError(f"cannot load {key!r}")
        err.add_note("while serving request 7")
        raise err from e

async def main():
    t = asyncio.create_task(service("b"))
    await asyncio.sleep(0)
    try:
        await t
    finally:
        print("finally in main")

asyncio.run(main())
