# Common mistake: passing the coroutine function instead of calling it.
import asyncio


async def main():
    print("never runs")


asyncio.run(main)
