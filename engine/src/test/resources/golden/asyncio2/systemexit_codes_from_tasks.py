# SystemExit raised in a task ends the program with its code, without a traceback.
import asyncio


async def leave():
    await asyncio.sleep(0)
    print("leaving with code 3")
    raise SystemExit(3)


async def bystander():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("bystander cancelled at shutdown")
        raise


async def main():
    asyncio.create_task(bystander())
    try:
        await asyncio.create_task(leave())
    finally:
        print("main finally")


try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit code", e.code)

asyncio.run(main())
print("not reached")
