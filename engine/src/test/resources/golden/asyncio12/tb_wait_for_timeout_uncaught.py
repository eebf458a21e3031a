import asyncio

async def slow_query(sql):
    await asyncio.sleep(1)
    return sql

async def fetch_report():
    return await asyncio.wait_for(slow_query("select *"), timeout=0.01)

async def main():
    print("fetching")
    await fetch_report()

asyncio.run(main())
