import asyncio

async def step(name, kind):
    await asyncio.sleep(0)
    if kind == "value":
        e = ValueError(f"{name}: bad value")
        e.add_note(f"while processing {name}")
        raise e
    if kind == "type":
        raise TypeError(f"{name}: wrong type")
    return name

async def stage(names):
    async with asyncio.TaskGroup() as tg:
        for n, k in names:
            tg.create_task(step(n, k))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(stage([("a", "value"), ("b", "ok")]))
        tg.create_task(stage([("c", "type"), ("d", "value")]))
        tg.create_task(step("e", "ok"))

asyncio.run(main())
