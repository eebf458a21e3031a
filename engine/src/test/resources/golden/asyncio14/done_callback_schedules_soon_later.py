import asyncio

log = []

async def worker(name, delay):
    await asyncio.sleep(delay)
    log.append(f"{name} body done")
    return name.upper()

def on_done(task):
    loop = asyncio.get_running_loop()
    log.append(f"done cb {task.get_name()} -> {task.result()!r}")
    loop.call_soon(lambda: log.append(f"soon from {task.get_name()}"))
    loop.call_later(0, lambda: log.append(f"later0 from {task.get_name()}"))
    loop.call_later(-5, lambda: log.append(f"later-5 from {task.get_name()}"))

async def main():
    t1 = asyncio.create_task(worker("a", 0), name="A")
    t2 = asyncio.create_task(worker("b", 0), name="B")
    for t in (t1, t2):
        t.add_done_callback(on_done)
    await asyncio.sleep(0)
    log.append("main tick 1")
    await asyncio.sleep(0)
    log.append("main tick 2")
    await asyncio.sleep(0)
    log.append("main tick 3")
    await asyncio.sleep(0)
    log.append("main tick 4")
    await asyncio.sleep(0)
    log.append("main tick 5")

asyncio.run(main())
for i, line in enumerate(log, 1):
    print(f"{i:>2}. {line}")
