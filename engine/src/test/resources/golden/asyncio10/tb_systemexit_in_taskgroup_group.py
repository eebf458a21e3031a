# SystemExit from one child while another fails: which wins, what prints
import asyncio

async def failer():
    await asyncio.sleep(0)
    raise ValueError("ordinary")

async def exiter():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(failer())
            tg.create_task(exiter())
    finally:
        print("main finally")

try:
    asyncio.run(main())
except SystemExit as e:
    print("SystemExit", e.code, repr(e.__context__))
    raise
