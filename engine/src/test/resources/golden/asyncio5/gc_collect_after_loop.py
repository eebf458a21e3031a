# A task left pending by run_until_complete, dropped and collected at module level.
import asyncio, gc

async def stuck():
    fut = asyncio.get_running_loop().create_future()
    try:
        await fut
    except GeneratorExit:
        print("stuck: GeneratorExit")
        raise

loop = asyncio.new_event_loop()
t = loop.create_task(stuck(), name="orphan")
loop.run_until_complete(asyncio.sleep(0.01))
print("pending:", not t.done())
gc.collect()
print("still referenced, nothing logged")
del t
gc.collect()
print("collected")
loop.close()
print("end")
