import asyncio

def handler(loop, ctx):
    print('handler:', sorted(ctx), ctx['message'].split(' at ')[0], type(ctx.get('exception')).__name__)

async def fail():
    raise ValueError('lost')

async def main():
    loop = asyncio.get_running_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    t = asyncio.create_task(fail())
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom'})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'to default'})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print('TypeError', e)
    def bad_handler(loop, ctx):
        raise RuntimeError('handler broke')
    loop.set_exception_handler(bad_handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    print('end')

asyncio.run(main())
