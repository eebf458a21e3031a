# all_tasks() lists the loop's unfinished tasks; current_task() inside tasks,
# callbacks (None) and coroutines awaited directly.
import asyncio

async def child(n):
    await asyncio.sleep(n)
    return asyncio.current_task().get_name()

async def main():
    me = asyncio.current_task()
    ts = [asyncio.create_task(child(0.01 * i), name=f"c{i}") for i in range(3)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print(names, me in asyncio.all_tasks())
    seen = []
    asyncio.get_running_loop().call_soon(lambda: seen.append(asyncio.current_task()))
    await asyncio.sleep(0)
    print("in a callback:", seen)
    async def direct():
        return asyncio.current_task() is me
    print("awaited directly:", await direct())
    print(await asyncio.gather(*ts))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))
    loop = asyncio.get_running_loop()
    print(asyncio.current_task(loop) is me, len(asyncio.all_tasks(loop)))

asyncio.run(main())
