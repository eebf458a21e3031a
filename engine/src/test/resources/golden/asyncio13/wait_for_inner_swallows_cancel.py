# wait_for when the inner coroutine swallows the cancellation, returns a value, or raises another
# error during cleanup; timeout=0 and negative timeouts on done and pending awaitables.
import asyncio


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed cancel")
        return "returned after cancel"


async def slow_cleanup(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("cleanup starts")
        await asyncio.sleep(0.001)
        log.append("cleanup ends")
        raise


async def cleanup_fails(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise ValueError("cleanup failed")


async def quick():
    return "quick"


async def main():
    log = []
    for name, coro in [("stubborn", stubborn(log)), ("slow_cleanup", slow_cleanup(log)),
                       ("cleanup_fails", cleanup_fails(log))]:
        try:
            r = await asyncio.wait_for(coro, 0.005)
            print(name, "-> result", r)
        except TimeoutError as e:
            print(name, "-> TimeoutError", repr(e.__context__))
        except ValueError as e:
            print(name, "-> ValueError", e, "context:", repr(e.__context__))
        print("  log:", log)
        log.clear()
    for t in (0, -1):
        try:
            print("timeout", t, "coroutine:", await asyncio.wait_for(quick(), t))
        except TimeoutError:
            print("timeout", t, "coroutine: TimeoutError")
        task = asyncio.create_task(quick())
        await asyncio.sleep(0)
        print("timeout", t, "done task:", await asyncio.wait_for(task, t))
        pending = asyncio.create_task(asyncio.sleep(1))
        try:
            await asyncio.wait_for(pending, t)
        except TimeoutError:
            print("timeout", t, "pending task: TimeoutError, cancelled:", pending.cancelled())
    f = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, f.set_result, "later")
    print(await asyncio.wait_for(asyncio.shield(f), 1))
    inner = asyncio.create_task(asyncio.sleep(0.01, "shielded value"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.001)
    except TimeoutError:
        print("shield timed out; inner still running:", not inner.done())
    print(await inner)


asyncio.run(main())
