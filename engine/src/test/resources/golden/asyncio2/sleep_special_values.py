# asyncio.sleep with special values: infinity (then cancelled), bool, wrong types.
import asyncio
import math


async def main():
    t = asyncio.create_task(asyncio.sleep(math.inf))
    await asyncio.sleep(0.01)
    print("inf sleeper done?", t.done())
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("inf sleeper cancelled")
    print(await asyncio.sleep(False, "bool delay"))
    print(await asyncio.sleep(-math.inf, "minus inf"))
    for bad in ("1", None, [1]):
        try:
            await asyncio.sleep(bad)
        except TypeError as e:
            print(f"sleep({bad!r}): TypeError: {e}")
    loop = asyncio.get_running_loop()
    h = loop.call_later(math.inf, print, "never")
    print("timer at inf:", h.when())
    h.cancel()
    print(await asyncio.wait_for(asyncio.sleep(0, "ok"), math.inf))


asyncio.run(main())
