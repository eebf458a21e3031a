import asyncio, sys

def cb():
    print("callback exits")
    sys.exit(3)

async def side():
    try:
        await asyncio.sleep(1)
    finally:
        print("side cleanup")

async def main():
    asyncio.create_task(side())
    asyncio.get_running_loop().call_later(0.01, cb)
    try:
        await asyncio.sleep(1)
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code)
    raise
