# wait_for: the inner result and the timeout firing in the same loop iteration;
# wait_for(timeout=0); wait_for of a task that already finished; timeout None.
import asyncio

async def quick(v):
    await asyncio.sleep(0)
    return v

async def slow_then(v, d):
    await asyncio.sleep(d)
    return v

async def main():
    loop = asyncio.get_running_loop()
    # Both the inner sleep and the timeout are due at the same time.
    try:
        print("same deadline:", await asyncio.wait_for(slow_then("inner", 0.1), timeout=0.1))
    except TimeoutError:
        print("same deadline: TimeoutError")
    try:
        print("inner later:", await asyncio.wait_for(slow_then("inner", 0.1001), timeout=0.1))
    except TimeoutError:
        print("inner later: TimeoutError")
    try:
        print("inner earlier:", await asyncio.wait_for(slow_then("inner", 0.0999), timeout=0.1))
    except TimeoutError:
        print("inner earlier: TimeoutError")
    try:
        await asyncio.wait_for(quick(1), timeout=0)
    except TimeoutError as e:
        print("timeout=0 on a coroutine:", type(e).__name__, type(e.__cause__).__name__)
    t = asyncio.create_task(quick(2))
    await asyncio.sleep(0.01)
    print("timeout=0 on a done task:", await asyncio.wait_for(t, timeout=0))
    print("timeout=None:", await asyncio.wait_for(quick(3), None))
    fut = loop.create_future()
    loop.call_later(0.05, fut.set_result, "future value")
    print("future:", await asyncio.wait_for(fut, 1))
    fut2 = loop.create_future()
    try:
        await asyncio.wait_for(fut2, 0.01)
    except TimeoutError:
        print("future cancelled by wait_for:", fut2.cancelled())

    async def fails():
        await asyncio.sleep(0.01)
        raise KeyError("inner")
    try:
        await asyncio.wait_for(fails(), 1)
    except KeyError as e:
        print("inner exception passes through:", repr(e))

asyncio.run(main())
