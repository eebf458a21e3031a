import asyncio

async def slow():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        print("slow cancelled", e.args)
        raise
    finally:
        print("slow finally")

async def guarded():
    try:
        return await asyncio.wait_for(slow(), timeout=5)
    except asyncio.CancelledError as e:
        print("guarded cancelled", e.args)
        raise
    except asyncio.TimeoutError:
        print("timeout?")

async def main():
    t = asyncio.create_task(guarded())
    await asyncio.sleep(0.01)
    t.cancel("user quit")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main:", repr(e))
    # wait_for with timeout fired: the inner sees plain CancelledError, caller TimeoutError
    try:
        await asyncio.wait_for(slow(), timeout=0.01)
    except TimeoutError as e:
        print("timeout:", type(e).__name__, repr(e.__cause__) if e.__cause__ else None, type(e.__context__).__name__)

asyncio.run(main())
