import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise KeyboardInterrupt

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other finally")

async def main():
    asyncio.create_task(other())
    try:
        await worker()
    finally:
        print("main finally")

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt caught at top")
asyncio.run(main())
