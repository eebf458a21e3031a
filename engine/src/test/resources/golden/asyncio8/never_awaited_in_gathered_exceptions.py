import asyncio

async def getv():
    return 1

async def f(n):
    c = getv()
    await asyncio.sleep(0)
    raise ValueError(n)

async def main():
    res = await asyncio.gather(f(1), return_exceptions=True)
    print(res)
    del res
    print("after del res")
    err = None
    try:
        await f(2)
    except ValueError as e:
        err = e
    print("kept", err)
    errs = [err]
    err = None
    print("in list")
    errs.clear()
    print("cleared")
    d = {"e": (await asyncio.gather(f(3), return_exceptions=True))[0]}
    print("dict")
    d = None
    print("end")

asyncio.run(main())
