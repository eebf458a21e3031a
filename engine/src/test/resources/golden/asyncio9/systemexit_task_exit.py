# SystemExit raised in a task ends the program with its code; finally blocks run.
import asyncio


async def worker(n):
    try:
        await asyncio.sleep(n)
        print("worker", n, "done")
    finally:
        print("worker", n, "finally")


async def quitter():
    await asyncio.sleep(0.01)
    print("quitting")
    raise SystemExit("bye from task")


async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (0, 1)]
    asyncio.create_task(quitter())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")


asyncio.run(main())
print("never printed")
