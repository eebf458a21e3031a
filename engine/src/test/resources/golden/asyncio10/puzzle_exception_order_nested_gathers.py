# Puzzle: nested gathers with return_exceptions at different levels and one cancellation
import asyncio

async def val(x, d):
    await asyncio.sleep(d)
    if isinstance(x, BaseException):
        raise x
    return x

async def main():
    inner1 = asyncio.gather(val(1, 0.01), val(ValueError("v"), 0.02), return_exceptions=True)
    inner2 = asyncio.gather(val(2, 0.03), val(KeyError("k"), 0.01))
    inner3 = asyncio.gather(val(3, 0.02), val(4, 0.05))
    outer = asyncio.gather(inner1, inner2, inner3, return_exceptions=True)
    asyncio.get_running_loop().call_later(0.04, inner3.cancel)
    res = await outer
    for r in res:
        print(type(r).__name__, r if not isinstance(r, list) else [repr(x) for x in r])
    print(inner2.done(), inner3.cancelled(), inner3.done())
    await asyncio.sleep(0.05)
    print("leftovers:", len(asyncio.all_tasks()))

asyncio.run(main())
