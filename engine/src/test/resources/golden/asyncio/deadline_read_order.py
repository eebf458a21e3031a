import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    start = loop.time()
    loop.call_later(0.1, log.append, 'later-first')
    loop.call_at(start + 0.1, log.append, 'at-start')
    loop.call_at(loop.time() + 0.1, log.append, 'at-now')
    async def sleeper():
        await asyncio.sleep(0.1)
        log.append('sleeper')
    t = asyncio.create_task(sleeper())
    loop.call_at(start + 0.1, log.append, 'at-start-2')
    await asyncio.sleep(0.2)
    print(log)
    log.clear()
    deadline = loop.time() + 0.05
    async def w(n):
        await asyncio.sleep(0.05)
        log.append(n)
    ts = [asyncio.create_task(w(i)) for i in range(2)]
    loop.call_at(deadline, log.append, 'deadline')
    await asyncio.sleep(0.1)
    print(log)
    log.clear()
    try:
        async with asyncio.timeout_at(loop.time() + 0.1):
            await asyncio.sleep(0.1)
            log.append('slept fully')
    except TimeoutError:
        log.append('timeout')
    try:
        async with asyncio.timeout(0.1):
            await asyncio.sleep(0.1)
            log.append('slept fully 2')
    except TimeoutError:
        log.append('timeout 2')
    try:
        await asyncio.wait_for(asyncio.sleep(0.1, 'r'), 0.1)
        log.append('wait_for ok')
    except TimeoutError:
        log.append('wait_for timeout')
    print(log)

asyncio.run(main())
