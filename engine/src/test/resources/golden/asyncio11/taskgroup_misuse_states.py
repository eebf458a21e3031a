import asyncio

async def noop():
    await asyncio.sleep(0)
    return 1

async def main():
    tg = asyncio.TaskGroup()
    print(repr(tg))
    try:
        tg.create_task(noop())
    except RuntimeError as e:
        print("RuntimeError", e)
    async with tg:
        print(repr(tg))
        t = tg.create_task(noop(), name="n1")
        try:
            async with tg:
                pass
        except RuntimeError as e:
            print("RuntimeError", e)
    print(repr(tg), t.result())
    try:
        tg.create_task(noop())
    except RuntimeError as e:
        print("RuntimeError", e)
    # creating a task after a failure
    async def fail():
        raise ValueError("x")
    tg2 = asyncio.TaskGroup()
    try:
        async with tg2:
            tg2.create_task(fail())
            await asyncio.sleep(0)
            await asyncio.sleep(0)
            print("body still running? no")
    except* ValueError:
        print("caught")
    try:
        tg2.create_task(noop())
    except RuntimeError as e:
        print("RuntimeError", e)
    # create_task with a non-coroutine
    async with asyncio.TaskGroup() as tg3:
        try:
            tg3.create_task(noop)
        except TypeError as e:
            print("TypeError", str(e).split(" at ")[0])
    print("unawaited coroutine closed? ok")

asyncio.run(main())
