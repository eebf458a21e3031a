import asyncio

async def waiter(sem, name, log):
    await sem.acquire()
    log.append(f"{name} acquired (value now {sem._value})")

async def main():
    sem = asyncio.Semaphore(0)
    log = []
    ts = [asyncio.create_task(waiter(sem, n, log)) for n in "ABCDE"]
    await asyncio.sleep(0)
    print("locked with 5 waiters:", sem.locked())
    sem.release()
    sem.release()
    sem.release()
    print("after 3 releases, value:", sem._value, "locked:", sem.locked())
    await asyncio.sleep(0)
    print("\n".join(log))
    log.clear()
    print("value:", sem._value, "done:", sum(t.done() for t in ts))
    sem.release()
    ts[4].cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print("\n".join(log))
    print("value:", sem._value, "cancelled:", ts[4].cancelled(), "D done:", ts[3].done())

asyncio.run(main())
