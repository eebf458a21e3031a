# TaskGroup inside asyncio.timeout, with a shielded child that outlives the group's cancellation.
import asyncio

log = []


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        log.append(f"{name} done")
        return name
    except asyncio.CancelledError:
        log.append(f"{name} cancelled")
        raise


async def guarded(task):
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        log.append("guard cancelled")
        raise


async def main():
    protected = asyncio.create_task(child("protected", 0.1))
    try:
        async with asyncio.timeout(0.01) as cm:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(child("a", 0.3))
                tg.create_task(child("b", 0.4))
                tg.create_task(guarded(protected))
    except TimeoutError as e:
        print("timeout", type(e).__name__, "expired", cm.expired())
    print(sorted(log))
    print("protected done?", protected.done())
    print("protected ->", await protected)
    print(sorted(log))

    # A failing child beats the timeout: the group's ExceptionGroup is what escapes.
    async def fail():
        await asyncio.sleep(0.001)
        raise KeyError("bad")

    try:
        async with asyncio.timeout(0.5):
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail())
                tg.create_task(child("c", 1))
    except* KeyError as eg:
        print("except* KeyError", [repr(e) for e in eg.exceptions])
    except* TimeoutError:
        print("timeout instead")
    print(sorted(log))


asyncio.run(main())
