# A Future's __await__() iterator driven by hand: send(x) is next() (the value is ignored), throw()
# lets go of the future, a done future finishes at once.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    it = f.__await__()
    try:
        it.send(7)
    except Exception as e:
        print(type(e).__name__, e)
    print(f._asyncio_future_blocking)
    try:
        print(it.send(None) is f)
        print(it.send(None) is f)
    except Exception as e:
        print(type(e).__name__, e)
    f.set_result(3)
    try:
        it.send(9)
    except StopIteration as e:
        print('stop', e.value)
    g = loop.create_future()
    g.set_result(1)
    try:
        g.__await__().send(2)
    except StopIteration as e:
        print('stop', e.value)
    h = loop.create_future()
    ih = h.__await__()
    next(ih)
    try:
        ih.throw(KeyError)
    except KeyError as e:
        print('KeyError', repr(e))
    try:
        next(ih)
    except StopIteration as e:
        print('exhausted', e.args)
    except Exception as e:
        print(type(e).__name__, e)
    print(h.done())
asyncio.run(main())
async def main2():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    it = fut.__await__()
    print(type(it).__name__, type(it) is type(iter(it)), it is iter(it))
    first = next(it)
    print(first is fut, fut._asyncio_future_blocking)
    fut.set_result('ok')
    try:
        next(it)
    except StopIteration as e:
        print('StopIteration', e.value, e.args)
    it2 = fut.__await__()
    try:
        it2.send(None)
    except StopIteration as e:
        print('done at once', e.value)
    f2 = loop.create_future()
    it3 = f2.__await__()
    next(it3)
    try:
        it3.send(5)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        it3.throw(ValueError('boom'))
    except ValueError as e:
        print('thrown', e)
    print(f2.done(), f2)
    it3.close()
    print(hasattr(it3, 'gi_frame'), [n for n in dir(it3) if not n.startswith('__')])
    f3 = loop.create_future()
    f3.cancel('why')
    try:
        next(f3.__await__())
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    f4 = loop.create_future(); f4.set_exception(KeyError('k'))
    try:
        await f4
    except KeyError as e:
        print('KeyError', e)
    print(await asyncio.wrap_future(asyncio.ensure_future(asyncio.sleep(0, 'w'))))
asyncio.run(main2())
