import asyncio

async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when(), cm.expired())
        cm.reschedule(loop.time() + 0.01)
        print(cm.expired())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("unreachable?")

async def main2():
    try:
        await main()
    except TimeoutError as e:
        print("TimeoutError", repr(e), type(e.__context__).__name__)
    loop = asyncio.get_running_loop()
    cm = asyncio.timeout_at(loop.time() - 1)
    try:
        async with cm:
            print("body runs")
            await asyncio.sleep(0)
            print("not printed")
    except TimeoutError:
        print("expired", cm.expired())
    # timeout that doesn't fire
    async with asyncio.timeout(1) as cm:
        await asyncio.sleep(0)
    print("expired?", cm.expired())
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError", e)
    # nested timeouts, inner fires first
    try:
        async with asyncio.timeout(0.05):
            try:
                async with asyncio.timeout(0.01):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout")
    # timeout swallowing: body catches CancelledError
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed")
        print("after cm, expired", cm.expired())
    except TimeoutError:
        print("TimeoutError anyway")
    cm = asyncio.timeout(1)
    try:
        async with cm:
            async with cm:
                pass
    except RuntimeError as e:
        print("RuntimeError", e)
    print(repr(asyncio.timeout(None)))

asyncio.run(main2())
