import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(10)
    print(repr(t).split(" when=")[0], t.when() is not None, t.expired())
    try:
        t.reschedule(5)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        try:
            async with t:
                pass
        except RuntimeError as e:
            print("RuntimeError:", e)
        t.reschedule(None)
        print("when None:", t.when())
        await asyncio.sleep(0.01)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    t2 = asyncio.timeout(0.01)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)
    print(repr(t2))
    t3 = asyncio.Timeout(None)
    print(repr(t3))
    try:
        async with asyncio.timeout("soon"):
            pass
    except TypeError as e:
        print("TypeError:", e)
    async def inner():
        async with asyncio.timeout(0):
            return "no await, no timeout"
    print(await inner())
    try:
        async with asyncio.timeout_at(loop.time() - 1) as cm:
            print("body entered, expired:", cm.expired())
            await asyncio.sleep(0)
    except TimeoutError:
        print("expired in the past:", cm.expired())

asyncio.run(main())
