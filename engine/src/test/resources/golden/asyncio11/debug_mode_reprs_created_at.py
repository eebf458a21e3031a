import asyncio, sys

async def work():
    await asyncio.sleep(0.01)
    raise ValueError("debug failure")

def cb(x):
    print("cb", x)

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f).replace(__file__, "F"))
    h = loop.call_soon(cb, 1)
    print(repr(h).replace(__file__, "F"))
    th = loop.call_later(10, cb, 2)
    print(repr(th).split(" when=")[0])
    th.cancel()
    print(repr(th).replace(__file__, "F").split(" when=")[0])
    t = asyncio.create_task(work(), name="w")
    print(repr(t).replace(__file__, "F"))
    await asyncio.sleep(0.02)
    print(repr(t).replace(__file__, "F"))
    del t
    f.cancel()
    print(repr(f).replace(__file__, "F"))
    await asyncio.sleep(0)

asyncio.run(main(), debug=True)
