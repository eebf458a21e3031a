# A task nobody references, waiting on a future nobody references: the collector destroys it.
import asyncio
import gc

async def wait_forever(tag):
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    finally:
        print(f"{tag}: finally runs when destroyed")

async def main():
    asyncio.create_task(wait_forever("orphan"), name="orphan")
    kept = asyncio.create_task(wait_forever("kept"), name="kept")
    await asyncio.sleep(0)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print("collected something:", gc.collect() > 0)
    print("tasks alive:", sorted(t.get_name() for t in asyncio.all_tasks()))
    kept.cancel()
    await asyncio.sleep(0)
    print("kept cancelled:", kept.cancelled())

asyncio.run(main())
print("end")
