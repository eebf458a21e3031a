import asyncio

async def child(name, d, fail=None, cleanup_fail=False):
    try:
        await asyncio.sleep(d)
        if fail:
            raise fail(f"{name} failed")
        return name
    finally:
        if cleanup_fail:
            raise OSError(f"{name} cleanup broke")

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("a", 0.01, ValueError))
            tg.create_task(child("b", 1, cleanup_fail=True))
            tg.create_task(child("c", 1))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* OSError as eg:
        print("oserrors:", [str(e) for e in eg.exceptions], type(eg.exceptions[0].__context__).__name__)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("d", 0.01, KeyError))
            raise RuntimeError("body failed too")
    except* (KeyError, RuntimeError) as eg:
        print(type(eg).__name__, sorted(type(e).__name__ for e in eg.exceptions), eg.message)

asyncio.run(main())
