import asyncio

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ValueError(f"{name} failed")
        print("done", name)
        return name
    except asyncio.CancelledError:
        t = asyncio.current_task()
        print("cancelled", name, "cancelling=", t.cancelling())
        raise

async def main():
    t = asyncio.current_task()
    try:
        async with asyncio.TaskGroup() as tg:
            a = tg.create_task(child("a", 0.01))
            b = tg.create_task(child("b", 0.02, fail=True))
            c = tg.create_task(child("c", 0.05))
            print("body done; main cancelling", t.cancelling())
    except* ValueError as eg:
        print("caught", [str(e) for e in eg.exceptions])
    print("after tg cancelling", t.cancelling())
    print(a.result(), b.exception(), c.cancelled())
    # cancel main's own task during group wait
    async def slow():
        try:
            await asyncio.sleep(1)
        finally:
            print("slow cleanup")
    async def canceller(task):
        await asyncio.sleep(0.01)
        print("cancel ->", task.cancel("stop!"))
    asyncio.create_task(canceller(t))
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow())
    except asyncio.CancelledError as e:
        print("main cancelled", e.args, t.cancelling())
        print("uncancel ->", t.uncancel(), t.cancelling())
    print("end")

asyncio.run(main())
