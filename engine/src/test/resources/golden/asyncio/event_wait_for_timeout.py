import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.1)
    except TimeoutError:
        print('timed out waiting', ev._waiters)
    asyncio.get_running_loop().call_later(0.1, ev.set)
    print(await asyncio.wait_for(ev.wait(), 0.5))
    ev.clear()
    waiter = asyncio.create_task(ev.wait())
    await asyncio.sleep(0)
    ev.set(); ev.clear()
    print(await waiter)

asyncio.run(main())
