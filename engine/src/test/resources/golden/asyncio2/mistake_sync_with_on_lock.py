# Common mistake: a plain `with` on an asyncio.Lock inside a coroutine.
import asyncio


async def main():
    lock = asyncio.Lock()
    with lock:
        print("inside")


asyncio.run(main())
