import asyncio

async def worker():
    try:
        print("worker: started")
        await asyncio.sleep(10)
        print("worker: finished")
    except asyncio.CancelledError:
        print("worker: cancelled at its await")
        raise
    finally:
        print("worker: cleanup")

async def main():
    task = asyncio.create_task(worker(), name="worker")
    await asyncio.sleep(1)
    task.cancel()
    print("main: cancel requested, done =", task.done())
    try:
        await task
    except asyncio.CancelledError:
        print("main: task.cancelled() =", task.cancelled())

asyncio.run(main())
