# Common mistake: create_task before any loop runs; the coroutine is never awaited.
import asyncio


async def job():
    return 1


task = asyncio.create_task(job())
