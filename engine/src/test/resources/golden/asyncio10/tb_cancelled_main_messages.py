# CancelledError escaping asyncio.run with a message, after a cancel chain through two tasks
import asyncio

async def deep():
    await asyncio.sleep(1)

async def middle():
    await asyncio.create_task(deep(), name="deep")

async def main():
    me = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, me.cancel, "shutting down")
    try:
        await middle()
    finally:
        print("main finally, cancelling:", me.cancelling())

asyncio.run(main())
