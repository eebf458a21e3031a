import asyncio

async def bg():
    try:
        await asyncio.sleep(1)
    finally:
        print("bg cleanup")

async def bad():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

async def main():
    b = asyncio.create_task(bg())
    t = asyncio.create_task(bad())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, t done:", t.done())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt reached top level")
