import asyncio

async def fails(name, turns):
    for _ in range(turns):
        await asyncio.sleep(0)
    print("raising in", name)
    raise ValueError(name)

async def ok(name, turns):
    try:
        for _ in range(turns):
            await asyncio.sleep(0)
        print("ok finished", name)
        return name
    except asyncio.CancelledError:
        print("ok cancelled", name)
        raise

async def main():
    try:
        await asyncio.gather(fails("f2", 2), ok("o1", 1), fails("f1", 1), ok("o4", 4))
    except ValueError as e:
        print("gather raised", e)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("tasks still alive:", len(asyncio.all_tasks()) - 1)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fails("g2", 2))
            tg.create_task(ok("p1", 1))
            tg.create_task(fails("g1", 1))
            tg.create_task(ok("p4", 4))
    except* ValueError as eg:
        print("group:", [str(e) for e in eg.exceptions])

asyncio.run(main())
