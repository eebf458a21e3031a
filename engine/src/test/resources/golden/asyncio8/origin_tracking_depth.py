import asyncio
import sys
import warnings

async def coro():
    pass

def make():
    return coro()

def deeper():
    return make()

print(sys.get_coroutine_origin_tracking_depth())
c = coro()
print(c.cr_origin)
c.close()
sys.set_coroutine_origin_tracking_depth(2)
c = deeper()
print([(fn.rsplit("/", 1)[-1], ln, name) for fn, ln, name in c.cr_origin])
c.close()
sys.set_coroutine_origin_tracking_depth(10)
c = deeper()
print([name for _, _, name in c.cr_origin])
c.close()
try:
    sys.set_coroutine_origin_tracking_depth(-1)
except ValueError as e:
    print("ValueError:", e)
sys.set_coroutine_origin_tracking_depth(1)

async def main():
    d = make()
    print([name for _, _, name in d.cr_origin])
    d.close()
    print(sys.get_coroutine_origin_tracking_depth())
    make()
    print("dropped one")

asyncio.run(main())
sys.set_coroutine_origin_tracking_depth(0)
print(sys.get_coroutine_origin_tracking_depth())
