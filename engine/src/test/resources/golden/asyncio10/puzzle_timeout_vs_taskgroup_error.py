# Puzzle: a timeout around a TaskGroup whose child fails at the same moment the deadline passes
import asyncio

async def child(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise RuntimeError(f"{name} failed")
        print(f"{name} done")
    except asyncio.CancelledError:
        if name == "a":  # the order siblings are cancelled in is set order: print one only
            print(f"{name} cancelled")
        raise

async def scenario(fail_at, deadline):
    try:
        try:
            async with asyncio.timeout(deadline) as cm:
                async with asyncio.TaskGroup() as tg:
                    tg.create_task(child("a", fail_at, fail=True))
                    tg.create_task(child("b", 0.5))
        except* RuntimeError as eg:
            print("-> RuntimeError group:", [str(e) for e in eg.exceptions], "expired:", cm.expired())
    except TimeoutError:
        print("-> TimeoutError, expired:", cm.expired())
    print("   cancelling now:", asyncio.current_task().cancelling())

async def main():
    print("fails first")
    await scenario(0.01, 0.05)
    print("deadline first")
    await scenario(0.1, 0.05)
    print("fails in the body right after the deadline fired")
    try:
        async with asyncio.timeout(0.01):
            try:
                await asyncio.sleep(1)
            finally:
                raise ValueError("cleanup failed")
    except TimeoutError:
        print("-> TimeoutError")
    except ValueError as e:
        print("-> ValueError", e, "| context:", type(e.__context__).__name__)

asyncio.run(main())
