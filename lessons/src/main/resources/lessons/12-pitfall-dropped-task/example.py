import asyncio

async def save_report():
    try:
        print("saving the report...")
        await asyncio.sleep(1)
        print("report saved")
    finally:
        print("save_report ends")

async def main():
    asyncio.create_task(save_report())
    await asyncio.sleep(0.5)
    print("main: done, returning")

asyncio.run(main())
print("Was the report saved?")
