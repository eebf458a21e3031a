import asyncio

async def slow(label, seconds):
    try:
        await asyncio.sleep(seconds)
        return label + " made it"
    except asyncio.CancelledError:
        print(label, "was cancelled")
        raise

async def main():
    print(await asyncio.wait_for(slow("fast", 1), timeout=2))
    try:
        await asyncio.wait_for(slow("slow", 5), timeout=2)
    except TimeoutError:
        print("wait_for gave up")
    try:
        async with asyncio.timeout(1.5):
            await slow("block", 3)
    except TimeoutError:
        print("timeout() gave up")

asyncio.run(main())
