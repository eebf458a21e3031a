import asyncio
import time

async def heartbeat():
    for i in range(3):
        print("beat", i)
        await asyncio.sleep(0.5)

async def blocker():
    print("blocker: time.sleep(2) freezes the loop")
    time.sleep(2)
    print("blocker: awake again")

async def main():
    await asyncio.gather(heartbeat(), blocker())

asyncio.run(main())
