# A worker thread blocks on an Event the event loop sets later.
import asyncio
import threading

ev = threading.Event()

def blocking_wait():
    ok = ev.wait(timeout=5)
    return f"worker saw the event: {ok} in {threading.current_thread().name}"

async def main():
    task = asyncio.create_task(asyncio.to_thread(blocking_wait))
    await asyncio.sleep(0.2)
    print("loop: setting the event")
    ev.set()
    print(await task)

asyncio.run(main())
