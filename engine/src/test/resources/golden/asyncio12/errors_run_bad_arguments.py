# asyncio.run given the wrong things; run inside a running loop.
import asyncio
import re

async def main():
    return "main ok"

def plain():
    return 1

def gen():
    yield 1

async def agen():
    yield 1

class Awaitable:
    def __await__(self):
        yield
        return 2

def attempt(label, arg, **kw):
    try:
        r = asyncio.run(arg, **kw)
        print(f"{label}: returned {r!r}")
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {re.sub('0x[0-9a-f]+', 'ADDR', str(e))}")

attempt("function", main)
attempt("sync function", plain)
attempt("None", None)
attempt("int", 3)
attempt("generator", gen())
attempt("async generator", agen())
attempt("awaitable obj", Awaitable())
attempt("lambda", lambda: main())
attempt("coroutine", main())
attempt("debug kw", main(), debug=True)

async def inner_run():
    c = main()
    try:
        asyncio.run(c)
    except RuntimeError as e:
        print("inside:", e)
    print("coroutine left unstarted:", c.cr_frame is not None)
    c.close()
    loop = asyncio.get_running_loop()
    try:
        loop.run_until_complete(asyncio.sleep(0))
    except RuntimeError as e:
        print("run_until_complete:", e)
    try:
        loop.run_forever()
    except RuntimeError as e:
        print("run_forever:", e)
    try:
        loop.close()
    except RuntimeError as e:
        print("close:", e)
    return "inner done"

attempt("nested", inner_run())
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("outside:", e)
