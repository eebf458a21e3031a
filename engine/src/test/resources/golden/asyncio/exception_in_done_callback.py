import asyncio

def bad_cb(fut):
    raise RuntimeError(f'cb saw {fut.result()}')

def good_cb(fut):
    print('good cb', fut.result())

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(bad_cb)
    f.add_done_callback(good_cb)
    f.set_result(7)
    await asyncio.sleep(0)
    print('main continues')
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print('removed', f.remove_done_callback(good_cb))

asyncio.run(main())
