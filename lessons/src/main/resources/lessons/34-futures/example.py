import asyncio

def deliver(fut, value):
    print("deliver: setting the result")
    fut.set_result(value)

def report(fut):
    print("report: the future holds", fut.result())

async def waiter(fut):
    print("waiter: awaiting the future")
    value = await fut
    print("waiter got", value)

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    print("done?", fut.done())
    task = asyncio.create_task(waiter(fut), name="waiter")
    await asyncio.sleep(0)
    fut.add_done_callback(report)
    loop.call_later(1, deliver, fut, 42)
    await task
    print("done?", fut.done(), "result:", fut.result())

asyncio.run(main())
