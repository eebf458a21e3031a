import asyncio

async def fail(exc, d):
    await asyncio.sleep(d)
    raise exc

async def ok(v, d):
    try:
        await asyncio.sleep(d)
        return v
    except asyncio.CancelledError:
        print("ok", v, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(KeyError("k1"), 0.01))
            tg.create_task(ok(1, 1))
    except* ValueError as eg:
        print("values:", [repr(e) for e in eg.exceptions])
    except* KeyError as eg:
        print("keys:", [repr(e) for e in eg.exceptions])
    try:
        async with asyncio.TaskGroup() as tg:
            t = tg.create_task(ok(2, 0.01))
            raise RuntimeError("body fails")
    except* RuntimeError as eg:
        print("body:", repr(eg), t.cancelled())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("late"), 0.02))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as eg:
        print("body cancelled by child failure:", repr(eg.exceptions[0]))
    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(ValueError("x"), 0))
                tg.create_task(fail(TypeError("y"), 0))
        except* ValueError:
            print("handled ValueError part")
    except* TypeError as eg:
        print("TypeError part escapes:", repr(eg))
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(ok(i, 0.01 * (3 - i))) for i in range(3)]
    print([t.result() for t in ts])

asyncio.run(main())
