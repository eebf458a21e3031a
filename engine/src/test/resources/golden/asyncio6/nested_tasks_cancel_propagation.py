import asyncio

async def level(n, log):
    try:
        if n == 0:
            await asyncio.sleep(10)
        else:
            inner = asyncio.create_task(level(n - 1, log), name=f"L{n-1}")
            await inner
    except asyncio.CancelledError as e:
        log.append(f"L{n} cancelled {e.args}")
        raise
    finally:
        log.append(f"L{n} finally")

async def main():
    log = []
    top = asyncio.create_task(level(3, log), name="L3")
    for _ in range(4):
        await asyncio.sleep(0)
    top.cancel("from main")
    try:
        await top
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    print("\n".join(log))
    print(sorted(t.get_name() for t in asyncio.all_tasks()))

asyncio.run(main())
