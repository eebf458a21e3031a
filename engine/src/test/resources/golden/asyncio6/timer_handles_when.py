import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    now = loop.time()
    h1 = loop.call_later(0.05, fired.append, "later")
    h2 = loop.call_at(now + 0.02, fired.append, "at")
    h3 = loop.call_later(0.03, fired.append, "cancelled")
    print(type(h1).__name__, type(h2).__name__, round(h1.when() - now, 2), h2.when() == now + 0.02)
    h3.cancel()
    print("cancelled flags:", h1.cancelled(), h3.cancelled())
    h3.cancel()
    await asyncio.sleep(0.06)
    print(fired)
    h4 = loop.call_later(-1, fired.append, "negative")
    loop.call_soon(fired.append, "soon")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(fired[-2:])
    print(h1 < h4 if hasattr(h1, "__lt__") else None, h1 == h1)
    print(h1 == h2, h1.when() > h2.when())

asyncio.run(main())
