import asyncio

async def gives_up():
    await asyncio.sleep(0)
    raise asyncio.CancelledError("gave up by itself")

async def main():
    try:
        await asyncio.wait_for(gives_up(), 1)
    except asyncio.CancelledError as e:
        print("wait_for let through:", repr(e), "cancelling:", asyncio.current_task().cancelling())
    t = asyncio.create_task(gives_up())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiting task:", repr(e), t.cancelled())
    r = await asyncio.gather(gives_up(), asyncio.sleep(0, "ok"), return_exceptions=True)
    print("gather:", r)
    try:
        async with asyncio.timeout(1):
            await gives_up()
    except asyncio.CancelledError as e:
        print("timeout let through:", repr(e))
    print("main still running")

asyncio.run(main())
