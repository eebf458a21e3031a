import asyncio

async def resilient(log):
    for i in range(3):
        try:
            await asyncio.sleep(0.1)
            log.append(f'slept {i}')
        except asyncio.CancelledError:
            log.append(f'cancel swallowed at {i}, cancelling={asyncio.current_task().cancelling()}')
            asyncio.current_task().uncancel()
    return 'finished'

async def main():
    log = []
    t = asyncio.create_task(resilient(log))
    await asyncio.sleep(0.05)
    t.cancel()
    await asyncio.sleep(0.15)
    t.cancel()
    print(await t)
    print(log)
    print(t.cancelling())

asyncio.run(main())
