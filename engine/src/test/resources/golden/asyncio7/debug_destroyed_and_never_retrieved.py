import asyncio, gc

async def forever():
    await asyncio.Event().wait()

async def fails():
    raise LookupError("in debug mode")

def helper(loop):
    return loop.create_task(forever())

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug())
    t = asyncio.create_task(fails())
    await asyncio.sleep(0)
    del t
    gc.collect()
    loop.set_debug(False)
    quiet = loop.create_future()
    print("created while not debugging:", repr(quiet))
    loop.set_debug(True)
    print("main ends")

runner = asyncio.Runner(debug=True)
runner.run(main())
loop = runner.get_loop()
orphan = loop.run_until_complete(asyncio.sleep(0, helper(loop)))
runner.close()
del orphan
print("end")
