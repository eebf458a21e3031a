import asyncio

async def fetch(name, seconds, fail=False):
    try:
        await asyncio.sleep(seconds)
        if fail:
            raise ValueError(f"{name} failed")
        print(name, "done")
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a", 1), name="a")
            tg.create_task(fetch("b", 2, fail=True), name="b")
            tg.create_task(fetch("c", 3), name="c")
        print("all tasks finished")
    except* ValueError as group:
        for err in group.exceptions:
            print("caught:", repr(err))

asyncio.run(main())
