import asyncio

log = []

async def job(name, d, fail=False):
    await asyncio.sleep(d)
    log.append(name)
    if fail:
        raise ValueError(name)
    return name

async def returns_inside():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job("r1", 0.02))
        return "returned before r1?"

async def loop_with_break():
    results = []
    for i in range(5):
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(job(f"b{i}", 0.01))
            if i == 1:
                continue
            if i == 3:
                break
        results.append(t.result())
    return results

async def timeout_and_child_error():
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(job("slow", 1))
                tg.create_task(job("bad", 0.1, fail=True))
    except TimeoutError:
        return "TimeoutError"
    except ExceptionGroup as eg:
        return f"group {eg.exceptions}"

async def timeout_child_error_in_cleanup():
    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            raise ValueError("error while being cancelled")
    try:
        async with asyncio.timeout(0.05):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(stubborn())
    except TimeoutError:
        return "TimeoutError"
    except ExceptionGroup as eg:
        return f"group {eg.exceptions}"

async def generator_in_group():
    async def agen():
        for i in range(3):
            yield i
            await asyncio.sleep(0)
    out = []
    async with asyncio.TaskGroup() as tg:
        async for v in agen():
            out.append(tg.create_task(job(f"g{v}", 0)))
    return [t.result() for t in out]

async def main():
    print(await returns_inside(), log); log.clear()
    print(await loop_with_break(), log); log.clear()
    print(await timeout_and_child_error(), log); log.clear()
    print(await timeout_child_error_in_cleanup(), log); log.clear()
    print(await generator_in_group(), log); log.clear()
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(job("x", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        pass
    try:
        async with tg:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        tg.create_task(job("y", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = job("z", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e, coro.cr_frame is None)

asyncio.run(main())
