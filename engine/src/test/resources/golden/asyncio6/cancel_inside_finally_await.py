import asyncio

async def stubborn_cleanup(log):
    try:
        await asyncio.sleep(1)
    finally:
        log.append("cleanup start")
        try:
            await asyncio.sleep(0.01)
            log.append("cleanup slept")
        except asyncio.CancelledError as e:
            log.append(f"cleanup cancelled {e.args}")
            raise
        finally:
            log.append("cleanup end")

async def main():
    log = []
    t = asyncio.create_task(stubborn_cleanup(log))
    await asyncio.sleep(0)
    t.cancel("first")
    await asyncio.sleep(0)
    print("after first cancel:", log, t.done())
    t.cancel("second")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args)
    print(log)
    log.clear()
    t = asyncio.create_task(stubborn_cleanup(log))
    await asyncio.sleep(0)
    t.cancel("only once")
    try:
        await t
    except asyncio.CancelledError as e:
        print("caught", e.args, "context", type(e.__context__).__name__)
    print(log)

asyncio.run(main())
