import asyncio

async def stubborn(name):
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(f"{name}: cancelled, cleaning up")
        await asyncio.sleep(0.01)
        print(f"{name}: cleanup done")
        return f"{name} swallowed"

async def fails_on_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print("fails_on_cancel: raising instead")
        raise LookupError("cleanup broke")

async def double_cancel():
    try:
        await asyncio.sleep(10)
    finally:
        print("double_cancel finally")
        try:
            await asyncio.sleep(10)
        finally:
            print("double_cancel inner finally")

async def main():
    # asyncio.run cancels what is left in the order of a set: one task per run keeps it deterministic
    asyncio.create_task(WHICH[0](*WHICH[1:]), name="left")
    await asyncio.sleep(0)
    print("main returns")
    return 42

for WHICH in [(stubborn, "s1"), (fails_on_cancel,), (double_cancel,)]:
    print(asyncio.run(main()))
    print("after run")
