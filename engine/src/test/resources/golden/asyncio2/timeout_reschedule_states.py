# asyncio.timeout: reschedule in every state, when(), expired(), repr, and None deadlines.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout(None)
    print(repr(cm), cm.when(), cm.expired())
    async with cm:
        print(repr(cm))
        await asyncio.sleep(0.01)
        cm.reschedule(loop.time() + 10)
        print(repr(cm).startswith("<Timeout [active] when="), cm.expired())
        cm.reschedule(None)
        print(repr(cm), cm.when())
    print(repr(cm), cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)

    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), e.__cause__ is None, type(e.__context__).__name__)
    print(repr(cm2), cm2.expired())
    try:
        cm2.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)

    # Rescheduling to the past expires at the next loop iteration.
    async with asyncio.timeout(5) as cm3:
        try:
            cm3.reschedule(loop.time() - 1)
            print("still running after reschedule")
            await asyncio.sleep(0)
            print("not reached")
        except asyncio.CancelledError:
            print("cancelled inside; expired:", cm3.expired())
            raise
    print("not reached either")


try:
    asyncio.run(main())
except TimeoutError:
    print("outer TimeoutError")

try:
    async def enter_twice():
        cm = asyncio.timeout(1)
        async with cm:
            async with cm:
                pass

    asyncio.run(enter_twice())
except RuntimeError as e:
    print("RuntimeError:", e)
