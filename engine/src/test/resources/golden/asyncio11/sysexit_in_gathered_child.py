import asyncio, sys

async def quitter():
    await asyncio.sleep(0.01)
    print("quitting")
    sys.exit("fatal: config missing")

async def bystander(n):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("bystander", n, "cancelled")
        raise

async def main():
    try:
        await asyncio.gather(quitter(), bystander(1), bystander(2))
    finally:
        print("main finally")

asyncio.run(main())
