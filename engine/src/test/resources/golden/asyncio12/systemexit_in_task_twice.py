import asyncio
import sys

async def child():
    await asyncio.sleep(0)
    sys.exit("child says bye")

async def main():
    t = asyncio.create_task(child())
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally, t done:", t.done())

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code)
async def m2():
    await asyncio.create_task(child())
print("second")
asyncio.run(m2())
print("not reached")
