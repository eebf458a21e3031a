# await asyncio.to_thread(t.join): the worker waits for a thread that waits for an event.
import asyncio
import threading

ev = threading.Event()

def waiter():
    ev.wait()
    print("waiter: event seen")

async def main():
    t = threading.Thread(target=waiter)
    t.start()
    ev.set()
    await asyncio.to_thread(t.join)
    print("joined, alive:", t.is_alive())

asyncio.run(main())
