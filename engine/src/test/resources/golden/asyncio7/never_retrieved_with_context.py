import asyncio, gc

async def fails():
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("while dividing")

async def main():
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    print("task done:", t.done())
    del t
    gc.collect()
    print("after collect")

asyncio.run(main())
print("end")
