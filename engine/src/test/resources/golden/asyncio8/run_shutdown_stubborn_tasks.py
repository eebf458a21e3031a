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
    asyncio.create_task(stubborn("s1"), name="s1")
    asyncio.create_task(fails_on_cancel(), name="boom")
    asyncio.create_task(double_cancel(), name="dbl")
    asyncio.create_task(stubborn("s2"), name="s2")
    await asyncio.sleep(0)
    print("main returns")
    return 42

print(asyncio.run(main()))
print("after run")
