# inspect.getcoroutinestate, cr_await, cr_frame line numbers, while a chain of awaits runs.
import asyncio
import inspect

coros = {}

async def leaf(fut):
    report("in leaf")
    v = await fut
    report("leaf resumed")
    return v

async def middle(fut):
    r = await leaf(fut)
    return r + 1

async def top(fut):
    return await middle(fut)

def report(where):
    print(f"-- {where}")
    for name, c in coros.items():
        aw = c.cr_await
        aw_name = getattr(aw, "__qualname__", type(aw).__name__) if aw is not None else None
        line = c.cr_frame.f_lineno if c.cr_frame else None
        print(f"  {name:<6} {inspect.getcoroutinestate(c):<17} running={c.cr_running!s:<5} "
              f"await={aw_name} line={line}")

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    coros["top"] = top(fut)
    report("created")
    task = asyncio.create_task(coros["top"])
    await asyncio.sleep(0)
    # find middle and leaf by walking cr_await
    c = coros["top"].cr_await
    coros["middle"] = c
    coros["leaf"] = c.cr_await
    report("suspended on the future")
    print("leaf awaits the future itself?", coros["leaf"].cr_await is fut)
    fut.set_result(41)
    await task
    report("finished")
    print("result", task.result())
    print(inspect.getcoroutinelocals(coros["top"]))
    c2 = top(fut)
    c2.close()
    print(inspect.getcoroutinestate(c2), inspect.getcoroutinelocals(c2))
    c3 = top(fut)
    print(inspect.getcoroutinelocals(c3))
    try:
        c3.throw(KeyError("early"))
    except KeyError as e:
        print("throw into unstarted:", repr(e), inspect.getcoroutinestate(c3))

asyncio.run(main())
