import asyncio, contextvars

var = contextvars.ContextVar("var", default="unset")

def show(tag, *args):
    print(tag, args, var.get())

async def main():
    loop = asyncio.get_running_loop()
    ctx = contextvars.copy_context()
    ctx.run(var.set, "in-ctx")
    var.set("main")
    h1 = loop.call_soon(show, "plain", 1, 2)
    h2 = loop.call_soon(show, "ctx", 3, context=ctx)
    h3 = loop.call_soon(show, "cancelled", 4)
    print(h3.cancelled())
    h3.cancel()
    print(h3.cancelled())
    h3.cancel()
    print(h3.cancelled())
    h4 = loop.call_soon_threadsafe(show, "threadsafe")
    print(type(h1).__name__, type(h4).__name__)
    await asyncio.sleep(0)
    print("after one turn")
    try:
        loop.call_soon(print, "kw", sep="-")
    except TypeError as e:
        print("kw:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("not callable:", e)
    try:
        loop.call_soon(main)
    except TypeError as e:
        print("coroutine fn:", e)
    c = main()
    try:
        loop.call_soon(c)
    except TypeError as e:
        print("coroutine obj:", e)
    c.close()
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
