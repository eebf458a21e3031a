# SystemExit raised in a task propagates out of the loop and ends the program
# with its status, after asyncio.run's cleanup cancelled the other tasks.
import asyncio

async def other():
    try:
        await asyncio.sleep(1)
    finally:
        print("other: finally")

async def quitter():
    await asyncio.sleep(0.01)
    print("quitter: exiting")
    raise SystemExit(3)

async def main():
    asyncio.create_task(other())
    await asyncio.create_task(quitter())
    print("not reached")

try:
    asyncio.run(main())
finally:
    print("finally at module level")
