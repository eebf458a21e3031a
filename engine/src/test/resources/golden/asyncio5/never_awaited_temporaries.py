# "never awaited" warnings for coroutines used as temporaries, with and without origin tracking
import asyncio, sys

async def fetch():
    return 1

def make():
    return fetch()

async def main():
    print(type(fetch()).__name__)
    x = [fetch()][0].cr_running
    print("after", x)
    print(fetch().cr_code.co_name)
    sys.set_coroutine_origin_tracking_depth(3)
    names = [f[2] for f in make().cr_origin]
    print(names)
    c = make()
    del c
    sys.set_coroutine_origin_tracking_depth(0)
    await asyncio.sleep(0)
    print("end")

asyncio.run(main())
print(type(fetch()).__name__)
