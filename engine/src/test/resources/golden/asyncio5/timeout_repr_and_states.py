# asyncio.timeout objects: repr in each state, reschedule errors, when(), timeout_at
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.timeout(None)
    print(repr(t))
    async with t:
        print(repr(t), t.when(), t.expired())
        t.reschedule(loop.time() + 10)
        print(repr(t).split(" when=")[0], t.when() > loop.time())
        t.reschedule(None)
    print(repr(t), t.expired())
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    t2 = asyncio.timeout_at(loop.time() + 0.01)
    try:
        async with t2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("timed out", repr(e), type(e.__cause__), type(e.__context__).__name__)
    print(repr(t2), t2.expired())
    t3 = asyncio.timeout(0.01)
    try:
        async with t3:
            raise ValueError("inside")
    except ValueError as e:
        print("ValueError passes:", e, t3.expired())
    async with asyncio.timeout(5) as t4:
        pass
    print(repr(t4).split(" when=")[0])

asyncio.run(main())
