import asyncio

async def getv():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.create_task(asyncio.sleep(0, getv()))
    await t
    print("sleep result is a coroutine")
    t = None
    print("task dropped")
    f = loop.create_future()
    f.set_exception(ValueError("x"))
    f.exception()
    f = None
    print("failed future dropped")
    ctx = {"message": "m", "payload": getv()}
    loop.call_exception_handler({"message": "custom", "future": None})
    ctx = None
    print("context dropped")
    it = iter([getv()])
    it = None
    print("iterator dropped")
    g = (x for x in [getv()])
    g = None
    print("genexp dropped")

asyncio.run(main())
print("end")
