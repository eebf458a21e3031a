import asyncio, time

async def brew(name, seconds):
    print(f"{name}: start ({seconds}s)")
    await asyncio.sleep(seconds)
    print(f"{name}: done")
    return f"{name} ready"

async def sequential():
    start = time.perf_counter()
    a = await brew("coffee", 0.02)
    b = await brew("tea", 0.01)
    return [a, b], round(time.perf_counter() - start, 2)

async def concurrent():
    start = time.perf_counter()
    results = await asyncio.gather(brew("coffee", 0.02), brew("tea", 0.01))
    return results, round(time.perf_counter() - start, 2)

async def with_tasks():
    t1 = asyncio.create_task(brew("toast", 0.01))
    t2 = asyncio.create_task(brew("eggs", 0.02))
    print("tasks created, nothing printed yet")
    r2 = await t2
    print("eggs awaited; toast done?", t1.done())
    return await t1, r2

async def main():
    print(await sequential())
    print(await concurrent())
    print(await with_tasks())

asyncio.run(main())
