import asyncio
async with asyncio.Lock():
    pass
