import asyncio, gc

async def forever():
    try:
        await asyncio.Event().wait()
    finally:
        print("forever finally")

async def main():
    asyncio.create_task(forever())
    await asyncio.sleep(0)
    gc.collect()
    print("after gc")

asyncio.run(main())
print("done")
