# wait_for with timeout None, 0, negative; a done future; a coroutine that finishes at once.
import asyncio


async def quick():
    return "quick"


async def slow():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("slow cancelled by wait_for")
        raise


async def main():
    print(await asyncio.wait_for(quick(), None))
    print(await asyncio.wait_for(quick(), 0))
    print(await asyncio.wait_for(quick(), -1))
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_result("ready")
    print(await asyncio.wait_for(f, 0))
    for timeout in (0, -1, 0.01):
        try:
            await asyncio.wait_for(slow(), timeout)
        except TimeoutError as e:
            print(f"timeout={timeout}: TimeoutError {e!r} context={type(e.__context__).__name__}")
    pending = loop.create_future()
    try:
        await asyncio.wait_for(pending, 0.01)
    except TimeoutError:
        print("future cancelled by wait_for:", pending.cancelled())
    t = asyncio.create_task(slow())
    try:
        await asyncio.wait_for(t, 0)
    except TimeoutError:
        print("task cancelled by wait_for:", t.cancelled())


asyncio.run(main())
