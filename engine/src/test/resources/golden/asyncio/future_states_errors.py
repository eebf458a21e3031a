import asyncio

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    for op in ('result', 'exception'):
        try:
            getattr(f, op)()
        except asyncio.InvalidStateError as e:
            print(op, e)
    f.set_result(None)
    for op, arg in (('set_result', 1), ('set_exception', ValueError())):
        try:
            getattr(f, op)(arg)
        except asyncio.InvalidStateError as e:
            print(op, e)
    g = loop.create_future()
    try:
        g.set_exception(StopIteration('x'))
    except TypeError as e:
        print(e)
    g.set_exception(ValueError)
    print(repr(g.exception()))
    h = loop.create_future()
    print(h.cancel('m'), h.cancel(), h.cancelled())
    try:
        h.result()
    except asyncio.CancelledError as e:
        print('cancelled', e.args)
    print(f.done(), f.result(), f)

asyncio.run(main())
