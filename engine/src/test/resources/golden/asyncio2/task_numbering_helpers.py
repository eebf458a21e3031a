# Which helpers create tasks (and use up Task-N numbers): gather, wait_for, shield, as_completed,
# wait, TaskGroup, to_thread, timeout, ensure_future.
import asyncio


async def job(n=0):
    await asyncio.sleep(0)
    return n


def newest():
    return max(int(t.get_name().split("-")[1]) for t in asyncio.all_tasks() if t.get_name().startswith("Task-"))


async def probe(label, make):
    before = asyncio.create_task(job(), name=None)
    b = int(before.get_name().split("-")[1])
    await make()
    after = asyncio.create_task(job())
    a = int(after.get_name().split("-")[1])
    print(f"{label:<14} used {a - b - 1} number(s)")
    await before
    await after


async def main():
    print(asyncio.current_task().get_name())
    await probe("nothing", lambda: asyncio.sleep(0))
    await probe("await coro", lambda: job())
    await probe("gather 3", lambda: asyncio.gather(job(), job(), job()))
    await probe("wait_for", lambda: asyncio.wait_for(job(), 1))
    await probe("wait_for None", lambda: asyncio.wait_for(job(), None))
    await probe("shield", lambda: asyncio.shield(job()))
    await probe("wait 2", lambda: asyncio.wait([asyncio.ensure_future(job()), asyncio.ensure_future(job())]))

    async def taskgroup():
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job())
            tg.create_task(job())

    await probe("TaskGroup 2", taskgroup)

    async def completed():
        for f in asyncio.as_completed([job(), job()]):
            await f

    await probe("as_completed 2", completed)
    await probe("to_thread", lambda: asyncio.to_thread(lambda: 1))

    async def timeout():
        async with asyncio.timeout(1):
            await job()

    await probe("timeout", timeout)
    print("last", newest())


asyncio.run(main())
asyncio.run(main())
