import asyncio

async def waiter(ev, name, log):
    log.append(f"{name} waits")
    await ev.wait()
    log.append(f"{name} woke, is_set={ev.is_set()}")

async def main():
    ev = asyncio.Event()
    log = []
    ts = [asyncio.create_task(waiter(ev, f"w{i}", log)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    ev.clear()
    late = asyncio.create_task(waiter(ev, "late", log))
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("\n".join(log))
    print("late done?", late.done())
    ev.set()
    await late
    print("late done now", late.done())
    print(repr(ev).endswith("[set]>"))
    ev.clear()
    print(repr(ev).endswith("[unset]>"))

asyncio.run(main())
