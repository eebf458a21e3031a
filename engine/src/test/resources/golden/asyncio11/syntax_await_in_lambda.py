import asyncio
f = lambda: await asyncio.sleep(0)
