import asyncio, sys

async def worker():
    await asyncio.sleep(0)
    print("worker exiting the program")
    sys.exit("fatal: config missing")

async def bystander():
    try:
        await asyncio.sleep(1)
    finally:
        print("bystander cleanup")

async def main():
    asyncio.create_task(bystander())
    await asyncio.create_task(worker())
    print("not reached")

try:
    asyncio.run(main())
finally:
    print("finally after run")
