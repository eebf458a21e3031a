import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")
trace = contextvars.ContextVar("trace")

async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    print("handler", n, request_id.get())
    return request_id.get()

async def main():
    print(request_id.get(), trace.get("none"))
    tok = request_id.set("main")
    r = await asyncio.gather(*(handler(i) for i in range(3)))
    print(r, request_id.get())
    request_id.reset(tok)
    print(request_id.get())
    try:
        request_id.reset(tok)
    except RuntimeError as e:
        print("RuntimeError", type(e).__name__, str(e)[-25:])
    ctx = contextvars.copy_context()
    t = asyncio.create_task(handler(9), context=ctx)
    await t
    print("ctx sees", ctx[request_id], request_id.get())
    # token used in another context
    tok2 = trace.set("x")
    async def resetter():
        try:
            trace.reset(tok2)
        except ValueError as e:
            print("ValueError", str(e)[-35:])
    await asyncio.create_task(resetter())
    loop = asyncio.get_running_loop()
    ctx2 = contextvars.Context()
    loop.call_soon(lambda: print("in empty ctx:", request_id.get(), trace.get("unset")), context=ctx2)
    await asyncio.sleep(0)
    print(repr(tok2.old_value), tok2.var is trace, tok2.MISSING)
    print(repr(request_id)[:34])
    print(len(contextvars.copy_context()) >= 1, trace in contextvars.copy_context())

asyncio.run(main())
