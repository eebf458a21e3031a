import asyncio

class Conn:
    async def close(self):
        await asyncio.sleep(0)
        raise ConnectionError("close failed")

async def use(conn):
    try:
        raise ValueError("query failed")
    finally:
        await conn.close()

async def main():
    t = asyncio.create_task(use(Conn()))
    done, _ = await asyncio.wait([t])
    e = t.exception()
    print(type(e).__name__, "context:", type(e.__context__).__name__)
    await t

asyncio.run(main())
