import asyncio

out = []
async def a():
    out.append("a1")
    await asyncio.sleep(0)
    out.append("a2")
    await b()
    out.append("a3")

async def b():
    out.append("b1")
    await asyncio.sleep(0)
    out.append("b2")

async def c():
    out.append("c1")
    t = asyncio.create_task(b())
    out.append("c2")
    await asyncio.sleep(0)
    out.append("c3")
    await t
    out.append("c4")

async def main():
    t1 = asyncio.create_task(a())
    t2 = asyncio.create_task(c())
    out.append("main before")
    await b()
    out.append("main after b")
    await asyncio.gather(t1, t2)
    out.append("main end")

asyncio.run(main())
print(" ".join(out))
out.clear()

async def produce(q):
    for i in range(3):
        out.append(f"put{i}")
        await q.put(i)
    await q.put(None)

async def consume(q):
    while (v := await q.get()) is not None:
        out.append(f"get{v}")

async def main2():
    q = asyncio.Queue(maxsize=1)
    await asyncio.gather(consume(q), produce(q))
asyncio.run(main2())
print(" ".join(out))
out.clear()

async def main3():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    async def waiter(n):
        out.append(f"w{n} wait")
        await ev.wait()
        out.append(f"w{n} go")
    ts = [asyncio.create_task(waiter(i)) for i in range(2)]
    loop.call_soon(out.append, "soon1")
    await asyncio.sleep(0)
    loop.call_soon(out.append, "soon2")
    ev.set()
    out.append("set")
    await asyncio.sleep(0)
    out.append("after sleep")
    await asyncio.gather(*ts)
asyncio.run(main3())
print(" ".join(out))
