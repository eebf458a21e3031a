import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    try:
        f.set_exception(StopIteration(1))
    except TypeError as e:
        print("TypeError:", e)
    f.set_exception(ValueError)
    e = f.exception()
    print(type(e).__name__, e.args)
    f2 = loop.create_future()
    try:
        f2.set_exception(42)
    except TypeError as e:
        print("TypeError:", e)
    f3 = loop.create_future()
    f3.set_exception(asyncio.CancelledError("as exception"))
    print("cancelled()", f3.cancelled(), "done", f3.done())
    try:
        f3.result()
    except asyncio.CancelledError as e:
        print("result raises CancelledError", e.args)
    f4 = loop.create_future()
    f4.set_exception(KeyboardInterrupt())
    try:
        f4.result()
    except KeyboardInterrupt:
        print("KeyboardInterrupt from result()")
    f5 = loop.create_future()
    try:
        f5.set_exception(StopAsyncIteration())
        print("StopAsyncIteration accepted", type(f5.exception()).__name__)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
