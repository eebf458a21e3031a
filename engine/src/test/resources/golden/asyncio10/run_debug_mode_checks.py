# asyncio.run(debug=True): deterministic checks the debug mode adds
import asyncio
import sys
import threading

async def co():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    try:
        loop.call_soon(co)
    except TypeError as e:
        print("call_soon:", e)
    try:
        loop.call_later(1, co)
    except TypeError as e:
        print("call_later:", e)
    c = co()
    try:
        loop.call_soon(c)
    except TypeError as e:
        print("call_soon(coro):", e)
    c.close()
    errors = []
    def other_thread():
        try:
            loop.call_soon(print, "from thread")
        except RuntimeError as e:
            errors.append(str(e))
    th = threading.Thread(target=other_thread)
    th.start(); th.join()
    print("thread:", errors)
    t = asyncio.create_task(co())
    print("source tb kept:", t._source_traceback is not None)
    await t
    f = loop.create_future()
    print("future source tb:", f._source_traceback is not None)
    f.cancel()
    print(sys.flags.dev_mode)

asyncio.run(main(), debug=True)
asyncio.run(main(), debug=False)
