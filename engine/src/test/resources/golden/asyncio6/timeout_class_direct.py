import asyncio

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Timeout(None)
    print(t.when(), t.expired())
    async with t:
        await asyncio.sleep(0.01)
        t.reschedule(loop.time() + 0.01)
        print("rescheduled, when set:", t.when() is not None)
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            print("inner sees CancelledError")
            raise
    print("not reached")

async def run():
    try:
        await main()
    except TimeoutError as e:
        print("TimeoutError", type(e.__cause__).__name__ if e.__cause__ else None,
              type(e.__context__).__name__)
    async with asyncio.timeout(1) as cm:
        pass
    print("expired after clean exit:", cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm2:
            try:
                await asyncio.sleep(1)
            finally:
                print("finally in timed block")
    except TimeoutError:
        print("expired:", cm2.expired())
    try:
        cm2.reschedule(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        async with cm2:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(run())
