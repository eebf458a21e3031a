import asyncio

def cb(tag, loop, start):
    print(tag, round(loop.time() - start, 1))

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    h1 = loop.call_at(start + 0.3, cb, 'at0.3', loop, start)
    h2 = loop.call_later(0.1, cb, 'later0.1', loop, start)
    h3 = loop.call_at(start + 0.1, cb, 'at0.1', loop, start)
    h4 = loop.call_later(0.2, cb, 'cancelled', loop, start)
    h5 = loop.call_soon(cb, 'soon', loop, start)
    h6 = loop.call_at(start - 1, cb, 'past', loop, start)
    h7 = loop.call_later(-1, cb, 'neg', loop, start)
    h4.cancel()
    print(h4.cancelled(), h1.cancelled(), round(h1.when() - start, 1))
    print(type(h1).__name__, type(h5).__name__)
    await asyncio.sleep(0.5)
    h1.cancel()
    print('end', round(loop.time() - start, 1))
    try:
        loop.call_later(0.1, 'notcallable')
    except TypeError as e:
        print('TypeError', e)
    try:
        loop.call_soon(lambda: 0, context=None)
        print('context None ok')
    except TypeError as e:
        print('TypeError', e)
    await asyncio.sleep(0)

asyncio.run(main())
