# asyncio.timeout and wait_for nested; which layer raises, what inner code sees
import asyncio

async def slow(tag, d):
    try:
        await asyncio.sleep(d)
        return tag
    except asyncio.CancelledError:
        print(f"  {tag} cancelled")
        raise
    finally:
        print(f"  {tag} finally")

async def main():
    try:
        async with asyncio.timeout(0.05):
            r = await asyncio.wait_for(slow("a", 1), 0.01)
    except TimeoutError as e:
        print("1: TimeoutError", repr(e), type(e.__context__).__name__)
    try:
        async with asyncio.timeout(0.01):
            r = await asyncio.wait_for(slow("b", 1), 0.05)
    except TimeoutError as e:
        print("2: TimeoutError", repr(e), type(e.__context__).__name__)
    try:
        await asyncio.wait_for(asyncio.wait_for(slow("c", 1), 0.02), 0.01)
    except TimeoutError as e:
        print("3: TimeoutError", repr(e))
    print("4:", await asyncio.wait_for(slow("d", 0.01), None))
    try:
        async with asyncio.timeout(0.01) as cm:
            try:
                await slow("e", 1)
            except asyncio.CancelledError:
                print("  e: swallowed in body; expired", cm.expired())
        print("5: no exception, expired", cm.expired())
    except TimeoutError:
        print("5: TimeoutError")
    async def raiser():
        await asyncio.sleep(0.001)
        raise KeyError("inner")
    try:
        await asyncio.wait_for(raiser(), 1)
    except KeyError as e:
        print("6:", repr(e))

asyncio.run(main())
