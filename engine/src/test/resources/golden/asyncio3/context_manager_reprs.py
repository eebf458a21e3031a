import asyncio, re

def clean(o):
    return re.sub(r"when=[0-9.]+", "when=T", re.sub(r" at 0x[0-9a-f]+", "", repr(o)))

async def main():
    loop = asyncio.get_running_loop()
    tm = asyncio.timeout(10)
    print(clean(tm))
    async with tm:
        print(clean(tm), tm.expired())
        tm.reschedule(None)
        print(clean(tm), tm.when())
    print(clean(tm))
    try:
        async with asyncio.timeout(0) as t2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(clean(t2), t2.expired())
    tg = asyncio.TaskGroup()
    print(clean(tg))
    async with tg:
        print(clean(tg))
        t = tg.create_task(asyncio.sleep(0))
    print(clean(tg))
    print(t.get_coro().__qualname__ if t.get_coro() else None, t.get_loop() is loop, loop.create_future().get_loop() is loop)
    print(asyncio.current_task().get_name(), asyncio.current_task(loop) is asyncio.current_task())
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with asyncio.timeout(1) as t3:
            t3.reschedule(loop.time() - 1)
            await asyncio.sleep(0.5)
    except TimeoutError:
        print("rescheduled into the past:", t3.expired())

asyncio.run(main())
r = asyncio.Runner()
print(clean(r).split(" ")[0])
r.close()
