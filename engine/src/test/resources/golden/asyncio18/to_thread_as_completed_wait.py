# to_thread tasks finish in order of their sleeps: as_completed and wait(FIRST_COMPLETED).
import asyncio, time

def sleepy(d):
    time.sleep(d)
    print("slept", d)
    return d

async def main():
    tasks = [asyncio.create_task(asyncio.to_thread(sleepy, d)) for d in (0.6, 0.2, 0.4)]
    for t in asyncio.as_completed(tasks):
        print("done:", await t)
    more = [asyncio.create_task(asyncio.to_thread(sleepy, d)) for d in (1.0, 0.2)]
    done, pending = await asyncio.wait(more, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), [t.result() for t in done])
    await asyncio.wait(pending)
    print("all done")

asyncio.run(main())
