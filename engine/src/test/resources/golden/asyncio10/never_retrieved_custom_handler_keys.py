# A custom exception handler receiving "Task exception was never retrieved" and friends
import asyncio
import gc

def handler(loop, ctx):
    keys = sorted(ctx)
    exc = ctx.get("exception")
    print(f"handler: {ctx['message'].split(' at ')[0]!r} keys={keys} exc={exc!r}")
    if "future" in ctx:
        print("   future done:", ctx["future"].done(), type(ctx["future"]).__name__)

async def boom():
    raise KeyError("lost")

async def forever():
    await asyncio.sleep(10)

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    t = asyncio.create_task(boom())
    await asyncio.sleep(0)
    del t
    gc.collect()
    print("after del")
    f = loop.create_future()
    f.set_exception(ValueError("future lost"))
    del f
    print("after future del")
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    asyncio.create_task(forever())
    print("main ends")

asyncio.run(main())
print("done")
