import asyncio

async def inner():
    await asyncio.sleep(0.01)
    raise ValueError("inner failed late")

async def inner_ok():
    await asyncio.sleep(0.01)
    return "ok"

async def main():
    for make in (inner, inner_ok):
        t = asyncio.create_task(make())
        outer = asyncio.shield(t)
        await asyncio.sleep(0)
        outer.cancel()
        try:
            await outer
        except asyncio.CancelledError:
            print(make.__name__, "outer cancelled; inner done:", t.done())
        await asyncio.sleep(0.02)
        print(make.__name__, "inner:", t.done(), repr(t.exception()) if not t.cancelled() else "cancelled")
    done = asyncio.get_running_loop().create_future()
    done.set_result(3)
    print("shield of done future is it:", asyncio.shield(done) is done)

asyncio.run(main())
print("no never-retrieved message above")
