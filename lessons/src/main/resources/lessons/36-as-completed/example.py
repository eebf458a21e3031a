import asyncio

async def fetch(name, delay):
    await asyncio.sleep(delay)
    print("fetched", name)
    return name

async def main():
    jobs = [fetch("slow", 0.3), fetch("fast", 0.1), fetch("mid", 0.2)]
    for next_done in asyncio.as_completed(jobs):
        name = await next_done
        print("got", name)

    a = asyncio.create_task(fetch("a", 0.1))
    b = asyncio.create_task(fetch("b", 0.5))
    done, pending = await asyncio.wait(
        [a, b], return_when=asyncio.FIRST_COMPLETED)
    print(len(done), "done,", len(pending), "pending")
    b.cancel()
    await asyncio.sleep(0)
    print("b cancelled:", b.cancelled())

asyncio.run(main())
