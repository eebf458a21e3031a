import asyncio

async def work(n):
    await asyncio.sleep(0.01)
    print("work", n, "finished; current is", asyncio.current_task().get_name())
    return n * 10

async def main():
    s = asyncio.shield(work(1))
    print(type(s).__name__, "names:", sorted(t.get_name() for t in asyncio.all_tasks()))
    print(await s)
    inner = asyncio.create_task(work(2), name="inner")
    outer = asyncio.shield(inner)
    print("shield of task returns other object:", outer is inner)
    outer.cancel()
    await asyncio.sleep(0)
    print("outer cancelled", outer.cancelled(), "inner cancelled", inner.cancelled())
    print("inner result", await inner)
    done = asyncio.get_running_loop().create_future()
    done.set_result("ready")
    print("shield of done future:", asyncio.shield(done) is done)

asyncio.run(main())
