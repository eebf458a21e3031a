import asyncio
async def main():
    await asyncio.to_thread(print, "in thread")
asyncio.run(main())
asyncio.run(main())
async def nothing():
    pass
asyncio.run(nothing())
import threading
print(threading.Thread().name)
asyncio.run(main())
print(threading.Thread().name)
