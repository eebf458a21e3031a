# SIGTERM with no handler, sent from inside a task: the process ends there, with no cancellation of
# the other tasks, no "Task was destroyed" report and no never-awaited warning afterwards.
import asyncio
import signal


async def sleeper(i):
    try:
        await asyncio.sleep(10)
    finally:
        print("sleeper", i, "cleans up")


async def killer():
    await asyncio.sleep(0.1)
    print("killer sends SIGTERM")
    signal.raise_signal(signal.SIGTERM)


async def main():
    forgotten = sleeper(99)
    tasks = [asyncio.create_task(sleeper(i)) for i in range(3)]
    await killer()
    await asyncio.gather(*tasks)


asyncio.run(main())
