# sys.set_coroutine_origin_tracking_depth: cr_origin contents and the never-awaited text.
import asyncio

import sys

async def job():
    await asyncio.sleep(0)

def make():
    return job()

def outer():
    return make()

def show(c):
    print([(fn.rsplit("/", 1)[-1], name) for fn, _line, name in c.cr_origin] if c.cr_origin else c.cr_origin)

print(sys.get_coroutine_origin_tracking_depth())
c0 = job()
show(c0)
c0.close()
sys.set_coroutine_origin_tracking_depth(2)
c = outer()
show(c)
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = outer()
print(len(c.cr_origin), c.cr_origin[-1][2])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(1)
lost = outer()
del lost
sys.set_coroutine_origin_tracking_depth(0)
lost2 = outer()
del lost2

async def main():
    sys.set_coroutine_origin_tracking_depth(3)
    c = make()
    show(c)
    c.close()
    print(asyncio.get_running_loop().get_debug())

asyncio.run(main())
print(sys.get_coroutine_origin_tracking_depth())
asyncio.run(main(), debug=True)
print(sys.get_coroutine_origin_tracking_depth())
