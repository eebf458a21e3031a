import asyncio

async def task_body(name, loop):
    print(f"{name} step 1")
    loop.call_soon(print, f"  callback from {name}")
    await asyncio.sleep(0)
    print(f"{name} step 2")
    fut = loop.create_future()
    loop.call_soon(fut.set_result, name)
    got = await fut
    print(f"{name} step 3 got {got}")

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "callback before tasks")
    a = asyncio.create_task(task_body("A", loop))
    loop.call_soon(print, "callback between tasks")
    b = asyncio.create_task(task_body("B", loop))
    loop.call_later(0, print, "call_later(0)")
    print("main yields")
    await asyncio.sleep(0)
    print("main back")
    await asyncio.gather(a, b)
    print("main end")

asyncio.run(main())
