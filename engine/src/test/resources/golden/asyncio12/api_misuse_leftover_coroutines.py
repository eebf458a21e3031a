# API misuse that leaves coroutines or tasks behind: what is reported, and when.
import asyncio
import sys

def mark(s):
    print(f"-- {s}", file=sys.stderr)
    print(s)

async def job(tag):
    await asyncio.sleep(0)
    print("job ran:", tag)
    return tag

async def main():
    mark("wait with coroutines")
    try:
        await asyncio.wait([job("w1"), job("w2")])
    except TypeError as e:
        print("TypeError:", e)
    mark("gather with a non-awaitable after a coroutine")
    try:
        await asyncio.gather(job("g1"), 42)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    mark("as_completed of a bare coroutine")
    try:
        for f in asyncio.as_completed(job("a1")):
            pass
    except TypeError as e:
        print("TypeError:", e)
    mark("wait_for with a bad timeout type")
    try:
        await asyncio.wait_for(job("t1"), "soon")
    except TypeError as e:
        print("TypeError:", e)
    mark("shield of a non-awaitable")
    try:
        asyncio.shield(None)
    except TypeError as e:
        print("TypeError:", e)
    mark("run_until_complete on the running loop")
    try:
        asyncio.get_running_loop().run_until_complete(job("r1"))
    except RuntimeError as e:
        print("RuntimeError:", e)
    mark("end of main")

asyncio.run(main())
mark("after run")
