import asyncio

def bad_callback(x):
    return 1 / x

async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(loop, context):
        seen.append((context["message"].replace(__file__, "FILE"), type(context.get("exception")).__name__, sorted(context)))
    loop.set_exception_handler(handler)
    loop.call_soon(bad_callback, 0)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: [][1])
    fut.set_result(None)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    for s in seen:
        print(s)
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(None)
    loop.call_exception_handler({"message": "custom report"})
    await asyncio.sleep(0)
    print("done")

asyncio.run(main())
