# gather: cancel a child directly vs cancel the outer; states of children and the outer afterwards
import asyncio

async def sleeper(name, d):
    try:
        await asyncio.sleep(d)
        return name
    except asyncio.CancelledError as e:
        print(f"  {name} cancelled {e.args}")
        raise

async def main():
    a = asyncio.create_task(sleeper("a", 0.1))
    b = asyncio.create_task(sleeper("b", 0.1))
    g = asyncio.gather(a, b)
    await asyncio.sleep(0)
    a.cancel("direct")
    try:
        await g
    except asyncio.CancelledError as e:
        print("outer:", repr(e), "| g.cancelled:", g.cancelled(), "| b.done:", b.done())
    await asyncio.sleep(0.2)
    print("b finished:", b.result())
    c = asyncio.create_task(sleeper("c", 0.1))
    d = asyncio.create_task(sleeper("d", 0.1))
    g2 = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0)
    print("cancel outer:", g2.cancel("outer msg"), g2.cancel())
    try:
        await g2
    except asyncio.CancelledError as e:
        print("g2:", repr(e), g2.cancelled(), c.cancelled(), d.cancelled())
    e1 = asyncio.create_task(sleeper("e", 0.01))
    g3 = asyncio.gather(e1, asyncio.sleep(0.1), return_exceptions=True)
    await asyncio.sleep(0.02)
    print("cancel after one finished:", g3.cancel())
    print(await asyncio.gather(g3, return_exceptions=True))
    g4 = asyncio.gather(sleeper("x", 0.01))
    await g4
    print("cancel done gather:", g4.cancel(), g4.result())

asyncio.run(main())
