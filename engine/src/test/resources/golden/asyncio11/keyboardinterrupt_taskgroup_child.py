import asyncio

async def child(n):
    try:
        await asyncio.sleep(0.01 * n)
        if n == 2:
            raise KeyboardInterrupt("ctrl-c")
        print("child", n, "ok")
    except asyncio.CancelledError:
        print("child", n, "cancelled")
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for n in range(1, 4):
                tg.create_task(child(n))
    except BaseException as e:
        print("main sees", type(e).__name__, e.args)
        raise

try:
    asyncio.run(main())
except KeyboardInterrupt as e:
    print("top", repr(e))
asyncio.run(main())
