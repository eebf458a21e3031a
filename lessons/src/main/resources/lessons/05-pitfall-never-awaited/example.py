import asyncio

async def save(item):
    print("saved", item)

async def main():
    save("draft")
    print("main goes on")
    await save("final")

asyncio.run(main())
