import asyncio, gc

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.set_exception(ValueError("nobody looked"))
    g = loop.create_future()
    g.set_exception(KeyError("seen"))
    g.exception()
    h = loop.create_future()
    h.set_exception(RuntimeError("cancel hides it"))
    del f, g, h
    print("dropped three futures")
    await asyncio.sleep(0)
    print("main done")

asyncio.run(main())
