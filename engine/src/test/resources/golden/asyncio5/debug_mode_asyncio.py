# asyncio debug mode: never-awaited coroutine with its origin, slow callbacks, loop.get_debug
import asyncio, time, sys

async def helper():
    return 1

def make():
    return helper()

async def main():
    loop = asyncio.get_running_loop()
    print("debug:", loop.get_debug(), sys.get_coroutine_origin_tracking_depth())
    c = make()
    print(c.cr_origin is not None, [f[2] for f in c.cr_origin])
    del c
    loop.set_debug(False)
    print("tracking off:", sys.get_coroutine_origin_tracking_depth(), [f[2] for f in helper().cr_origin])
    loop.set_debug(True)
    print("tracking on:", sys.get_coroutine_origin_tracking_depth())
    loop.call_soon(lambda: make().close())
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    print("done")

asyncio.run(main(), debug=True)
print("after:", sys.get_coroutine_origin_tracking_depth())

sys.set_coroutine_origin_tracking_depth(2)
loop = asyncio.new_event_loop()
loop.set_debug(True)
async def nested():
    def deeper():
        return make()
    c = deeper()
    print("depth 10 inside:", [f[2] for f in c.cr_origin])
    c.close()
    return sys.get_coroutine_origin_tracking_depth()
print(loop.run_until_complete(nested()), sys.get_coroutine_origin_tracking_depth())
loop.close()
