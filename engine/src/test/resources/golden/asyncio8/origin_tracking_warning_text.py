import asyncio
import sys

async def job():
    return 1

def factory():
    return job()

def outer_factory():
    factory()

sys.set_coroutine_origin_tracking_depth(3)
outer_factory()
print("after outer_factory")

async def main():
    factory()
    await asyncio.sleep(0)
    print("in main")

asyncio.run(main())
sys.set_coroutine_origin_tracking_depth(1)
c = factory()
del c
print("end")
