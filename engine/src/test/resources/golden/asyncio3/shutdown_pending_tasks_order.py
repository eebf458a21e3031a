import asyncio

async def forever(name):
    try:
        while True:
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled at shutdown")
        await asyncio.sleep(0)
        print(name, "cleanup finished")
        raise

async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn swallows cancel and returns")
        return "ignored"

async def main():
    asyncio.create_task(forever("A"))
    await asyncio.sleep(0)
    print("main returns; tasks:", len(asyncio.all_tasks()))
    return "main result"

print(asyncio.run(main()))
print("after run")
