import asyncio

class Conn:
    count = 0
    def __init__(self, name):
        self.name = name
        Conn.count += 1
        print("open", name)
    def __del__(self):
        Conn.count -= 1
        print("closed by __del__", self.name)

async def worker(n):
    c = Conn(f"w{n}")
    await asyncio.sleep(0.01 * n)
    print("worker", n, "done")
    return n

async def main():
    results = await asyncio.gather(*(worker(i) for i in range(3)))
    print("results", results, "open:", Conn.count)
    keep = Conn("kept")
    t = asyncio.create_task(worker(9))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled, open:", Conn.count)
    return keep

k = asyncio.run(main())
print("after run, open:", Conn.count, k.name)
del k
print("end")
