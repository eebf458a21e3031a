import asyncio

async def coro():
    return 1

def t(label, f):
    try:
        r = f()
        print(label, "ok", r if not asyncio.iscoroutine(r) else "coroutine")
        if asyncio.iscoroutine(r):
            r.close()
    except Exception as e:
        print(label, type(e).__name__ + ":", str(e).split(" at 0x")[0])

async def main():
    loop = asyncio.get_running_loop()
    t("sleep str", lambda: asyncio.run(asyncio.sleep("1")) if False else None)
    try:
        await asyncio.sleep("1")
    except TypeError as e:
        print("sleep str TypeError:", e)
    try:
        await asyncio.wait_for(coro(), "x")
    except TypeError as e:
        print("wait_for str TypeError:", e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("wait empty ValueError:", e)
    try:
        await asyncio.wait([coro()])
    except TypeError as e:
        print("wait coro TypeError:", e)
    try:
        await asyncio.gather(coro(), return_exceptions="yes")
        print("gather truthy ok")
    except TypeError as e:
        print("gather TypeError:", e)
    try:
        asyncio.Queue(maxsize="2")
    except TypeError as e:
        print("Queue TypeError:", e)
    q = asyncio.Queue(maxsize=-1)
    print("negative maxsize full:", q.full(), q.maxsize)
    try:
        asyncio.Semaphore("2")
    except TypeError as e:
        print("Semaphore TypeError:", e)
    try:
        loop.call_later("1", print)
    except TypeError as e:
        print("call_later TypeError:", e)
    try:
        await asyncio.shield(None)
    except TypeError as e:
        print("shield TypeError:", e)
    try:
        asyncio.timeout("1")
        async with asyncio.timeout("1"):
            pass
    except TypeError as e:
        print("timeout TypeError:", e)
    f = loop.create_future()
    for name, call in (("result", f.result), ("exception", f.exception)):
        try:
            call()
        except asyncio.InvalidStateError as e:
            print(name, "InvalidStateError:", e)
    try:
        f.set_exception(StopIteration())
    except TypeError as e:
        print("StopIteration TypeError:", e)
    try:
        f.set_exception(KeyError)
        print("class accepted:", repr(f.exception()))
    except TypeError as e:
        print("TypeError:", e)
    g = loop.create_future()
    try:
        g.set_exception("str")
    except TypeError as e:
        print("set_exception str TypeError:", e)
    try:
        g.add_done_callback(5)
        g.set_result(1)
        await asyncio.sleep(0)
    except TypeError as e:
        print("add_done_callback TypeError:", e)

asyncio.run(main())
