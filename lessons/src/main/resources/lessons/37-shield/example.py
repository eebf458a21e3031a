import asyncio

async def save(doc):
    print("saving", doc)
    await asyncio.sleep(0.5)
    print("saved", doc)
    return doc

async def handler():
    saving = asyncio.create_task(save("notes.txt"))
    try:
        return await asyncio.shield(saving)
    except asyncio.CancelledError:
        print("handler cancelled, save goes on")
        raise

async def main():
    h = asyncio.create_task(handler())
    await asyncio.sleep(0.1)
    h.cancel()
    try:
        await h
    except asyncio.CancelledError:
        print("handler cancelled:", h.cancelled())
    await asyncio.sleep(0.5)
    print("done at the end")

asyncio.run(main())
