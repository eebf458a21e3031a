# TaskGroup misuse: create_task before entering and after exit, entering twice, names of tasks.
import asyncio


async def job(n):
    await asyncio.sleep(0)
    return n


async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    c = job(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("before enter:", e)
    c.close()
    async with tg:
        print(repr(tg))
        t = tg.create_task(job(1), name="one")
        print(t.get_name())
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("enter twice:", e)
    print(repr(tg), t.result())
    c = job(2)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print("after exit:", e)
    c.close()

    # A task added by another task while the group is closing still belongs to the group.
    results = []

    async def spawner(tg):
        await asyncio.sleep(0.01)
        tg.create_task(job(3)).add_done_callback(lambda t: results.append(t.result()))

    async with asyncio.TaskGroup() as tg2:
        tg2.create_task(spawner(tg2))
    print("late task result", results)


asyncio.run(main())
