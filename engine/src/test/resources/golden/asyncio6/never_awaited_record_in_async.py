import asyncio, warnings

async def helper():
    return 1

async def main():
    with warnings.catch_warnings(record=True) as log:
        warnings.simplefilter("always")
        helper()
        t = asyncio.create_task(helper())
        await t
        asyncio.get_running_loop().call_soon(helper)
        await asyncio.sleep(0)
    for w in log:
        print(w.category.__name__, w.message, w.filename.rsplit("/", 1)[-1], w.lineno, w.source is not None)
    helper()
    print("outside catch")

asyncio.run(main())
