# cancel() return values and cancelling() counts at each stage of a task's life.
import asyncio


async def sleeper():
    await asyncio.sleep(1)


async def stubborn():
    for i in range(3):
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("stubborn swallowed", i, "cancelling =", asyncio.current_task().cancelling())
    return "survived"


async def main():
    t = asyncio.create_task(sleeper())
    print("cancel pending unstarted:", t.cancel(), t.cancelling())
    print("cancel again:", t.cancel(), t.cancelling())
    await asyncio.sleep(0)
    print("cancelled:", t.cancelled(), "cancel after done:", t.cancel(), t.cancelling())

    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    for _ in range(3):
        print("cancel stubborn:", s.cancel(), "count", s.cancelling())
        await asyncio.sleep(0)
    print(await s, "cancelling at end", s.cancelling(), "cancelled", s.cancelled())
    print("uncancel on done:", s.uncancel(), s.uncancel())

    f = asyncio.get_running_loop().create_future()
    print("future cancel:", f.cancel(), f.cancel(), f.cancelled())
    g = asyncio.get_running_loop().create_future()
    g.set_result(1)
    print("done future cancel:", g.cancel())


asyncio.run(main())
