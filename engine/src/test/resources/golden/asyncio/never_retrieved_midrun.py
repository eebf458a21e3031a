# A failed task that nobody references is reported as soon as it is freed; a
# retrieved one (exception() or await) is not; a failed bare future too.
import asyncio

async def fail(msg):
    await asyncio.sleep(0)
    raise RuntimeError(msg)

async def main():
    asyncio.create_task(fail("forgotten early"))
    kept = asyncio.create_task(fail("kept and checked"))
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0)
    print("kept exception:", kept.exception())
    f = asyncio.get_running_loop().create_future()
    f.set_exception(ValueError("bare future"))
    del f
    print("main ends")

asyncio.run(main())
print("done")
