import asyncio

async def holder(fut, log):
    try:
        log.append("waiting")
        v = await fut
        log.append(f"got {v}")
    except GeneratorExit:
        log.append("GeneratorExit seen")
        raise
    finally:
        log.append("finally")

async def main():
    loop = asyncio.get_running_loop()
    log = []
    fut = loop.create_future()
    c = holder(fut, log)
    it = c.send(None)
    print("yielded is fut:", it is fut, fut._asyncio_future_blocking)
    print("cr_await:", type(c.cr_await).__name__)
    c.close()
    print(log, fut.done(), fut.cancelled())
    print("close again:", c.close())
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
    fut2 = loop.create_future()
    c2 = holder(fut2, log)
    c2.send(None)
    fut2.set_result("hello")
    try:
        c2.send(None)
    except StopIteration as e:
        print("stop", e.value)
    print(log)
    fut3 = loop.create_future()
    fut3.cancel("why")
    c3 = holder(fut3, log)
    try:
        c3.send(None)
    except asyncio.CancelledError as e:
        print("cancelled", e.args)
    it = fut3.__await__()
    print(type(it).__name__)
    try:
        next(it)
    except asyncio.CancelledError as e:
        print("again", e.args)

asyncio.run(main())
