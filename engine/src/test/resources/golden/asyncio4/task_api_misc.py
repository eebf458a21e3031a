import asyncio, contextvars

var = contextvars.ContextVar("v", default="d")

async def work(n):
    var.set(f"task{n}")
    await asyncio.sleep(0)
    return var.get()

async def main():
    loop = asyncio.get_running_loop()
    t = loop.create_task(work(1), name="custom")
    print(t.get_name(), t.get_coro().__qualname__, t.get_loop() is loop, asyncio.isfuture(t), asyncio.isfuture(work))
    print(await t, var.get())
    ctx = contextvars.copy_context()
    t2 = asyncio.create_task(work(2), context=ctx)
    print(await t2, ctx[var], var.get())
    f = loop.create_future()
    print(f.get_loop() is loop, asyncio.isfuture(f), f.done())
    t3 = asyncio.ensure_future(work(3))
    print(type(t3).__name__, await t3)
    async def named():
        return asyncio.current_task().get_name()
    print(await asyncio.create_task(named(), name=123), await asyncio.create_task(named(), name=None) != "None")
    t4 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    print(t4.get_coro().__name__, t4.get_stack()[0].f_code.co_name if t4.get_stack() else None)
    t4.cancel()
    try:
        await t4
    except asyncio.CancelledError:
        pass
    print(t4.get_stack())
    for bad in (lambda: asyncio.create_task(work), lambda: asyncio.ensure_future(5), lambda: loop.create_task(None)):
        try:
            bad()
        except TypeError as e:
            print("TypeError:", str(e).split(" at 0x")[0])
    print(len(asyncio.all_tasks()), asyncio.current_task().get_name())

asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.all_tasks()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
