import asyncio, sys

async def quitter():
    await asyncio.sleep(0)
    print("quitter calls sys.exit(3)")
    sys.exit(3)

async def sibling():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("sibling cancelled")
        raise
    finally:
        print("sibling finally")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(quitter())
            tg.create_task(sibling())
    except BaseException as e:
        print("main sees", type(e).__name__, getattr(e, "code", None))
        raise
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit escaped run with", e.code)
    raise
