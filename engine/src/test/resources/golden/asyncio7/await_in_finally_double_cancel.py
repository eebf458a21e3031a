import asyncio

async def stubborn():
    try:
        await asyncio.sleep(1)
    finally:
        print("finally starts, cancelling=", asyncio.current_task().cancelling())
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            print("cleanup cancelled too:", e.args)
            raise
        finally:
            print("inner finally")

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0)
    print("after first cancel: done =", t.done())
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args, t.cancelled(), t.cancelling())

asyncio.run(main())
