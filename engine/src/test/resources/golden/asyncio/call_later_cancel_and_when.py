import asyncio

async def main():
    loop = asyncio.get_running_loop()
    log = []
    h1 = loop.call_later(0.3, log.append, 'h1')
    h2 = loop.call_later(0.1, log.append, 'h2')
    h3 = loop.call_later(0.2, log.append, 'h3')
    h4 = loop.call_soon(log.append, 'soon')
    h2.cancel()
    h4.cancel()
    print(h2.cancelled(), h4.cancelled(), round(h1.when() - loop.time(), 3) <= 0.3)
    await asyncio.sleep(0.5)
    print(log)
    print(repr(h2).split(' when=')[0])
    ordered = []
    for d in [0.2, 0.1, 0.2, 0.1, 0]:
        loop.call_later(d, ordered.append, d)
    loop.call_soon(ordered.append, 'soon')
    await asyncio.sleep(0.3)
    print(ordered)

asyncio.run(main())
