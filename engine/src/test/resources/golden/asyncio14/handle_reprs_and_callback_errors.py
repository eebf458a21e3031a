import asyncio, functools

def cb(*args):
    print("cb", args)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(cb, 1)
    print(type(h).__name__, h.cancelled())
    th = loop.call_later(0.01, functools.partial(cb, "p"), 2)
    print(type(th).__name__, isinstance(th, asyncio.Handle), issubclass(asyncio.TimerHandle, asyncio.Handle))
    print(th < loop.call_later(1, cb), th == th, th.when() > loop.time())
    await asyncio.sleep(0.02)
    try:
        loop.call_soon(None)
    except TypeError as e:
        print("TypeError:", e)
    await asyncio.sleep(0)
    try:
        loop.call_later("1", cb)
    except TypeError as e:
        print("TypeError:", e)
    f = loop.create_future()
    loop.call_soon(f.set_result, "via call_soon")
    print(await f)
    f2 = loop.create_future()
    f2.set_result(1)
    loop.call_soon(f2.set_result, 2)
    await asyncio.sleep(0)
    print("after second set_result (error goes to handler)")
    print(loop.is_running(), loop.is_closed(), loop.get_debug(), asyncio.get_event_loop() is loop)
    print(asyncio.iscoroutine(main()), asyncio.isfuture(f), asyncio.isfuture(h))

asyncio.run(main())
