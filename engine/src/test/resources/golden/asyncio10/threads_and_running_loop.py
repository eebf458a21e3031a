# The running loop belongs to a thread: get_running_loop, asyncio.run and call_soon_threadsafe from workers
import asyncio
import threading

async def small(tag):
    await asyncio.sleep(0)
    return f"{tag} in {threading.current_thread().name}"

def in_worker(loop, fut):
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        print("worker get_running_loop:", e)
    print("worker current_task:", end=" ")
    try:
        print(asyncio.current_task())
    except RuntimeError as e:
        print(e)
    r = asyncio.run(small("nested run"))
    print("worker asyncio.run:", r.split(" in ")[0])
    loop.call_soon_threadsafe(fut.set_result, "from worker")
    return "worker done"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    r = await asyncio.to_thread(in_worker, loop, fut)
    print(r, await fut)
    cf = asyncio.run_coroutine_threadsafe(small("threadsafe"), loop)
    print(type(cf).__name__, cf.done())
    print((await asyncio.wrap_future(cf)).split(" in ")[0])

asyncio.run(main())

import contextvars
var = contextvars.ContextVar("var", default="unset")

def plain_thread(results):
    results.append(("ctx", var.get()))
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results.append(("get_event_loop", str(e)))
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    results.append(("set then get", asyncio.get_event_loop() is loop))
    results.append(("run_until_complete", loop.run_until_complete(small("thread loop")).split(" in ")[1]))
    loop.close()
    asyncio.set_event_loop(None)

async def main2():
    var.set("main2")
    results = []
    th = threading.Thread(target=plain_thread, args=(results,), name="helper")
    th.start()
    th.join()
    for r in results:
        print(*r)
    print("main loop still running:", asyncio.get_running_loop().is_running())
    print("var in to_thread:", await asyncio.to_thread(var.get))
    loop = asyncio.get_running_loop()
    print("run_in_executor get_event_loop:", end=" ")
    try:
        await loop.run_in_executor(None, asyncio.get_event_loop)
    except RuntimeError as e:
        print(e)

asyncio.run(main2())

async def main3():
    var.set("m3")
    loop = asyncio.get_running_loop()
    print("executor sees:", await loop.run_in_executor(None, var.get))
    await loop.run_in_executor(None, var.set, "set in worker")
    print("executor later sees:", await loop.run_in_executor(None, var.get), "main:", var.get())
    await asyncio.to_thread(var.set, "to_thread set")
    print("after to_thread set, main:", var.get())
    def boom():
        raise ValueError("in worker")
    try:
        await asyncio.to_thread(boom)
    except ValueError as e:
        print("to_thread error:", e)

asyncio.run(main3())
th = threading.Thread(target=lambda: 1 / 0, name="crasher")
th.start(); th.join()
print("main thread get_event_loop after runs:", type(asyncio.get_event_loop()).__name__)
