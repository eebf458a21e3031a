# A worker thread feeds an asyncio.Queue with call_soon_threadsafe between sleeps; the main
# coroutine gets each item as it arrives.
import asyncio, time

def worker(loop, q):
    for i in range(3):
        time.sleep(0.2)
        print("put", i)
        loop.call_soon_threadsafe(q.put_nowait, i)
    time.sleep(0.2)
    loop.call_soon_threadsafe(q.put_nowait, None)
    return "worker done"

async def main():
    q = asyncio.Queue()
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, worker, loop, q)
    while (item := await q.get()) is not None:
        print("got", item)
    print(await fut)

asyncio.run(main())
