# loop.call_soon(coro()) in debug mode raises TypeError; the coroutine stays alive in the
# exception's traceback (CPython's call_soon is Python code), so "never awaited" is reported when
# the except block ends, not at the call. Without debug mode the handle fails when it runs.
import asyncio


async def never():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    try:
        loop.call_soon(never())
    except TypeError as e:
        print("TypeError:", e)
        print("still handling")
    print("after the handler")
    try:
        loop.call_later(0, never(), 1)
    except TypeError as e:
        print("TypeError:", e)
    print("after call_later")


asyncio.run(main(), debug=True)


async def plain():
    loop = asyncio.get_running_loop()
    loop.call_soon(never())
    await asyncio.sleep(0)
    print("plain done")

asyncio.run(plain())
