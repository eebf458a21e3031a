# A TaskGroup where 18 children fail: the printed group is cut after 15, with notes and causes.
import asyncio

async def check(i):
    await asyncio.sleep(0)
    try:
        {}[f"key{i}"]
    except KeyError as e:
        err = ValueError(f"check {i} failed")
        if i % 5 == 0:
            err.add_note(f"note for {i}")
        raise err from e

async def main():
    async with asyncio.TaskGroup() as tg:
        for i in range(18):
            tg.create_task(check(i))

asyncio.run(main())
