# Puzzle: a gather inside a TaskGroup child, a sibling fails; who sees what, in what order
import asyncio

async def leaf(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(name)
        print(f"leaf {name} ok")
        return name
    except asyncio.CancelledError:
        print(f"leaf {name} cancelled")
        raise
    finally:
        print(f"leaf {name} finally")

async def gatherer():
    try:
        r = await asyncio.gather(leaf("g1", 0.01), leaf("g2", 0.05), leaf("g3", 0.06))
        print("gather result", r)
    except asyncio.CancelledError:
        print("gatherer cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(gatherer(), name="gatherer")
            tg.create_task(leaf("bad", 0.02, fail=True), name="bad")
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("tasks left:", sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
