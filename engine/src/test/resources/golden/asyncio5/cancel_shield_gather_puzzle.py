# predict the output: shield inside gather inside wait_for, cancelled from outside
import asyncio

async def work(name, d):
    try:
        await asyncio.sleep(d)
        print(f"{name} finished")
        return name
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise

async def main():
    inner = asyncio.create_task(work("inner", 0.03))
    g = asyncio.gather(asyncio.shield(inner), work("plain", 0.05), return_exceptions=True)
    outer = asyncio.create_task(asyncio.wait_for(g, 0.01))
    try:
        print(await outer)
    except TimeoutError:
        print("wait_for timed out; gather cancelled:", g.cancelled(), "inner done:", inner.done())
    print("inner result:", await inner)
    t = asyncio.create_task(work("self-shielded", 0.01))
    s = asyncio.shield(t)
    s.cancel()
    await asyncio.sleep(0.02)
    print(s.cancelled(), t.result())
    g2 = asyncio.gather(work("a", 0.01), work("b", 0.02))
    await asyncio.sleep(0.015)
    g2.cancel()
    try:
        await g2
    except asyncio.CancelledError:
        print("g2 cancelled", g2.cancelled())

asyncio.run(main())
