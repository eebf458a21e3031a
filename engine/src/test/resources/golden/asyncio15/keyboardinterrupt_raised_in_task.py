import asyncio

async def worker():
    await asyncio.sleep(0)
    raise KeyboardInterrupt

async def main():
    t = asyncio.create_task(worker())
    try:
        await asyncio.sleep(0.1)
    except asyncio.CancelledError:
        print("main cancelled")
        raise
    finally:
        print("main finally", t.done())

try:
    asyncio.run(main())
except KeyboardInterrupt:
    print("KeyboardInterrupt escaped")
print("after")
