# asyncio.wait with a timeout returns (done, pending) without raising; return_when values checked.
import asyncio


async def after(n, delay):
    await asyncio.sleep(delay)
    return n


def names(s):
    return sorted(t.get_name() for t in s)


async def main():
    ts = [asyncio.create_task(after(i, 0.05 * i), name=f"t{i}") for i in range(4)]
    done, pending = await asyncio.wait(ts, timeout=0.075)
    print("timeout:", names(done), names(pending))
    done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
    print("first:", names(done), names(pending))
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print("already done counted:", len(done), names(pending))
    done, pending = await asyncio.wait(ts, timeout=0)
    print("timeout 0:", len(done), len(pending))
    for bad in ("SOMETIMES", None):
        try:
            await asyncio.wait(ts, return_when=bad)
        except ValueError as e:
            print("ValueError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    done, pending = await asyncio.wait(ts)
    print("all:", names(done), names(pending))
    print(sorted(t.result() for t in done))


asyncio.run(main())
