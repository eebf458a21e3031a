import asyncio

log = []

async def child(name, steps):
    for i in range(steps):
        log.append(f"{name}{i}")
        await asyncio.sleep(0)
    return name

def cb(tag):
    log.append(f"cb:{tag}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 1)
    t1 = asyncio.create_task(child("A", 3))
    loop.call_soon(cb, 2)
    t2 = asyncio.create_task(child("B", 2))
    t1.add_done_callback(lambda t: log.append(f"done:{t.result()}"))
    log.append("main-before-await")
    r = await child("M", 2)
    log.append(f"main-after-await:{r}")
    ev = asyncio.Event()
    async def waiter():
        log.append("waiter-start")
        await ev.wait()
        log.append("waiter-woke")
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    log.append("set")
    loop.call_soon(cb, 3)
    await asyncio.sleep(0)
    log.append("after-sleep")
    q = asyncio.Queue()
    async def consumer():
        while True:
            item = await q.get()
            log.append(f"got:{item}")
            q.task_done()
            if item is None:
                break
    c = asyncio.create_task(consumer())
    for i in range(2):
        q.put_nowait(i)
        log.append(f"put:{i}")
    await asyncio.sleep(0)
    q.put_nowait(None)
    await q.join()
    log.append("joined")
    await asyncio.gather(t1, t2, w, c)
    log.append("gathered")

asyncio.run(main())
for i in range(0, len(log), 8):
    print(" ".join(log[i:i + 8]))
