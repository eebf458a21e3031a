import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio

async def child():
    return 1

async def main():
    c = child()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("E:", e)
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(child())
    except RuntimeError as e:
        print("E2:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("E3:", e)
    print(await c)

asyncio.run(main())
try:
    asyncio.run(42)
except ValueError as e:
    print("V:", e)
try:
    asyncio.run(main, debug=True)
except ValueError as e:
    print("V2:", e)
