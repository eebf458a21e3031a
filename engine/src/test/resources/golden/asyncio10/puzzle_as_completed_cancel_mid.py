# as_completed with a task cancelled halfway and a timeout racing the last one
import asyncio

async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"  {name} cancelled")
        raise
    if fail:
        raise ValueError(name)
    return name

async def main():
    tasks = {n: asyncio.create_task(job(n, d, f), name=n) for n, d, f in
             [("a", 0.01, False), ("b", 0.03, True), ("c", 0.05, False), ("d", 0.2, False)]}
    got = []
    try:
        for i, fut in enumerate(asyncio.as_completed(list(tasks.values()), timeout=0.1)):
            try:
                r = await fut
                print(i, "ok", r)
            except ValueError as e:
                print(i, "error", e)
                tasks["c"].cancel("stop c")
            except asyncio.CancelledError as e:
                print(i, "cancelled", e.args)
            got.append(i)
    except TimeoutError:
        print("timeout after", got)
    await asyncio.sleep(0)
    for n, t in tasks.items():
        print(n, t.done(), t.cancelled())
    tasks["d"].cancel()
    try:
        await tasks["d"]
    except asyncio.CancelledError:
        print("d done")

asyncio.run(main())
