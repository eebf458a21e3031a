# Puzzle: which line prints first? Tasks, plain awaits, sleep(0) and a done callback interleave.
import asyncio

log = []


async def step(name, n):
    for i in range(n):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name


async def direct(name):
    log.append(f"{name}-direct")
    return name


async def main():
    a = asyncio.create_task(step("a", 3))
    log.append("main-1")
    await direct("d")
    log.append("main-2")
    b = asyncio.create_task(step("b", 2))
    b.add_done_callback(lambda t: log.append(f"cb-{t.result()}"))
    await asyncio.sleep(0)
    log.append("main-3")
    await step("m", 2)
    log.append("main-4")
    await a
    log.append("main-5")
    await asyncio.sleep(0)
    log.append("main-6")


asyncio.run(main())
for i in range(0, len(log), 6):
    print(" ".join(log[i:i + 6]))
