import asyncio

async def main():
    b = asyncio.Barrier(3)
    print(repr(b).split(" at ")[-1].split(" ", 1)[1] if " at " in repr(b) else repr(b))
    async def party(n, d):
        try:
            await asyncio.sleep(d)
            i = await b.wait()
            print("party", n, "index", i)
        except asyncio.BrokenBarrierError:
            print("party", n, "broken")
        except asyncio.CancelledError:
            print("party", n, "cancelled")
            raise
    t1 = asyncio.create_task(party(1, 0))
    t2 = asyncio.create_task(party(2, 0))
    await asyncio.sleep(0.01)
    print("waiting:", b.n_waiting, "broken:", b.broken)
    t1.cancel()
    await asyncio.sleep(0.01)
    print("after cancel waiting:", b.n_waiting, "broken:", b.broken)
    t3 = asyncio.create_task(party(3, 0))
    t4 = asyncio.create_task(party(4, 0))
    await asyncio.sleep(0.01)
    print("filled:", b.n_waiting, b.broken)
    await b.abort()
    print("aborted:", b.broken, b.n_waiting)
    await asyncio.gather(t2, t3, t4, return_exceptions=True)
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print("wait on broken:", repr(e))
    await b.reset()
    print("reset:", b.broken, b.parties)
    try:
        asyncio.Barrier(0)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
