import re as _re

_print = print


def print(*args, **kw):
    # Object reprs show addresses: masked so the output is the same from run to run.
    _print(*(_re.sub(r" at 0x[0-9a-f]+", " at 0x?", str(a)) for a in args), **kw)


import asyncio

async def slow(n):
    await asyncio.sleep(n)
    return n

async def job():
    async with asyncio.timeout(None) as cm:
        print(repr(cm), cm.when(), cm.expired())
        cm.reschedule(asyncio.get_running_loop().time() + 0.01)
        try:
            await slow(1)
        except asyncio.CancelledError:
            print("cancelled inside")
            raise
    print("unreachable")

async def job2():
    try:
        async with asyncio.timeout(0.01) as cm:
            await slow(1)
    except TimeoutError as e:
        print("TimeoutError", repr(e), cm.expired(), repr(e.__cause__), repr(e.__context__)[:25])
    try:
        async with asyncio.timeout(0.5) as cm:
            r = await slow(0)
        print("ok", r, cm.expired())
        cm.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)

with asyncio.Runner() as runner:
    try:
        runner.run(job())
    except TimeoutError as e:
        print("outer TimeoutError", type(e).__name__)
    runner.run(job2())
    loop = runner.get_loop()
    print(loop.is_closed(), loop.is_running())
    try:
        runner.run(slow)
    except ValueError as e:
        print("ValueError:", e)
print(loop.is_closed())
try:
    runner.run(slow(0))
except RuntimeError as e:
    print("RuntimeError:", e)
r2 = asyncio.Runner(debug=True)
print(r2.run(slow(0)), r2.get_loop().get_debug())
r2.close(); r2.close()
