# Odd delay values: negative, zero, bools, Fractions, Decimals, infinity, nan.
import asyncio
import math
from decimal import Decimal
from fractions import Fraction

async def main():
    loop = asyncio.get_running_loop()
    for d in (-5, 0, False, True and 0.001, Fraction(1, 1000), Decimal("0.001"), 1e-9):
        try:
            r = await asyncio.sleep(d, result=repr(d))
            print("slept", r)
        except Exception as e:
            print(repr(d), type(e).__name__, e)
    h = loop.call_later(math.inf, print, "never")
    print("inf timer when is inf:", h.when() == math.inf)
    h.cancel()
    try:
        await asyncio.wait_for(asyncio.sleep(0.001, "ok"), math.inf)
        print("wait_for inf ok")
    except Exception as e:
        print("wait_for inf", type(e).__name__, e)
    async with asyncio.timeout(math.inf) as cm:
        await asyncio.sleep(0)
    print("timeout inf expired?", cm.expired())
    try:
        await asyncio.wait_for(asyncio.sleep(1), -1)
    except TimeoutError:
        print("negative timeout -> TimeoutError at once")
    t = asyncio.create_task(asyncio.sleep(math.inf))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("sleep(inf) cancelled")
    try:
        await asyncio.sleep(math.nan)
        print("nan sleep returned")
    except Exception as e:
        print("nan", type(e).__name__, e)

asyncio.run(main())
