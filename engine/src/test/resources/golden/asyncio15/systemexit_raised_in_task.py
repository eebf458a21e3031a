import asyncio

async def quitter():
    await asyncio.sleep(0)
    raise SystemExit(3)

async def other():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("other cancelled")
        raise

async def main():
    asyncio.create_task(other())
    t = asyncio.create_task(quitter())
    try:
        await t
    finally:
        print("main finally", t.done())

try:
    asyncio.run(main())
except SystemExit as e:
    print("exit code", e.code)
