# An async generator abandoned in the middle of an async for: CPython's loop
# closes it with aclose() in a new task scheduled by the finalizer hook.
import asyncio

async def gen(log):
    try:
        for i in range(10):
            yield i
            await asyncio.sleep(0)
    finally:
        log.append(f"gen finally in {asyncio.current_task().get_name()}")

async def main():
    log = []
    async for x in gen(log):
        if x == 2:
            break
    log.append("after the loop")
    await asyncio.sleep(0)
    log.append("after sleep(0)")
    await asyncio.sleep(0)
    log.append("after 2nd sleep(0)")
    print("\n".join(log))

asyncio.run(main())
