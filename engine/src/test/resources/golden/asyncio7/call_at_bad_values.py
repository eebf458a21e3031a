import asyncio

def cb(*a):
    print("cb", a)

async def main():
    loop = asyncio.get_running_loop()
    for args in (("soon",), (None,), ([1],)):
        try:
            loop.call_later(*args, cb)
        except TypeError as e:
            print("call_later TypeError:", e)
    try:
        loop.call_soon(42)
    except TypeError as e:
        print("call_soon TypeError:", e)
    h = loop.call_at(loop.time() + True, cb, "bool delay")
    print("when is float:", type(h.when()).__name__)
    h.cancel()
    h2 = loop.call_at(10 ** 20, cb, "far")
    print("far away:", h2.when() > loop.time())
    h2.cancel()
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
