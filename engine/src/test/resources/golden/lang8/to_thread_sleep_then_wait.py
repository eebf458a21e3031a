# A worker thread sleeps, then waits for an event the loop sets; the loop keeps running meanwhile.
import asyncio
import threading
import time

ev = threading.Event()

def job():
    time.sleep(0.1)
    got = ev.wait(2)
    return f"job: event {got}"

async def ticker():
    for i in range(3):
        await asyncio.sleep(0.1)
        print("tick", i)
    ev.set()

async def main():
    results = await asyncio.gather(asyncio.to_thread(job), ticker())
    print(results[0])

asyncio.run(main())
