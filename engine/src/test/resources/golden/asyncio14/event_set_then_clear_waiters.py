import asyncio

async def waiter(ev, name, log):
    log.append(f"{name} waits (is_set={ev.is_set()})")
    r = await ev.wait()
    log.append(f"{name} released r={r} is_set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    log = []
    tasks = [asyncio.create_task(waiter(ev, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    log.append(f"set+clear done; repr has waiters: {'waiters' in repr(ev)}")
    await asyncio.sleep(0)
    log.append("after one tick")
    await asyncio.gather(*tasks)
    late = asyncio.create_task(waiter(ev, "late", log))
    await asyncio.sleep(0)
    print(ev.is_set(), late.done())
    ev.set()
    await late
    print("\n".join(log))

asyncio.run(main())
