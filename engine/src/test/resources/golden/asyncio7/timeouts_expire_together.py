import asyncio

async def main():
    loop = asyncio.get_running_loop()
    deadline = loop.time() + 0.02
    try:
        async with asyncio.timeout_at(deadline) as outer:
            try:
                async with asyncio.timeout_at(deadline) as inner:
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timed out; outer expired?", outer.expired(), "inner expired?", inner.expired())
                await asyncio.sleep(0)
                print("still inside outer")
    except TimeoutError:
        print("outer timed out too")
    else:
        print("outer did not time out")
    print(asyncio.current_task().cancelling())

asyncio.run(main())
