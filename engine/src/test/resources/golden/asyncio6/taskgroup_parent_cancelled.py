import asyncio

async def child(name, d):
    try:
        await asyncio.sleep(d)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled", e.args)
        raise
    finally:
        print(name, "cleanup")

async def body():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("fast", 0.01))
            tg.create_task(child("slow1", 1))
            tg.create_task(child("slow2", 1))
            print("body waits in __aexit__")
        print("not reached")
    except asyncio.CancelledError as e:
        print("body cancelled", e.args)
        raise
    finally:
        print("body finally")

async def main():
    t = asyncio.create_task(body())
    await asyncio.sleep(0.05)
    print("cancel body")
    t.cancel("outer")
    res = await asyncio.gather(t, return_exceptions=True)
    print("gather ->", [type(r).__name__ for r in res], res[0].args)
    print("cancelling count", t.cancelling())

asyncio.run(main())
