import asyncio, contextvars

request_id = contextvars.ContextVar("request_id", default="-")

def log(msg):
    print(f"[{request_id.get()}] {msg}")

async def sub():
    log("sub sees")
    request_id.set("changed-in-sub-task")
    log("sub changed")

async def handler(rid):
    request_id.set(rid)
    log("handler start")
    await asyncio.create_task(sub())
    log("handler after sub task")
    await sub()
    log("handler after awaited coroutine")
    asyncio.get_running_loop().call_soon(log, "callback scheduled by handler")
    await asyncio.sleep(0)

async def main():
    log("main")
    await asyncio.gather(handler("A"), handler("B"))
    log("main end")
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in-ctx")
    print(ctx[request_id], request_id.get(), len(ctx) >= 1)
    t = asyncio.create_task(sub(), context=ctx)
    await t
    print(ctx[request_id])
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "explicit context", context=ctx)
    await asyncio.sleep(0)
    token = request_id.set("tmp")
    request_id.reset(token)
    log("after reset")
    try:
        request_id.reset(token)
    except RuntimeError as e:
        print("RuntimeError:", str(e).endswith("has already been used once"))

asyncio.run(main())
