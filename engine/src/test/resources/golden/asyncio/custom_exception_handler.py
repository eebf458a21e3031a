import asyncio

def handler(loop, ctx):
    print('handler:', ctx['message'], type(ctx.get('exception')).__name__, sorted(ctx))

async def failing():
    raise ValueError('lost')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    print(loop.get_exception_handler() is handler)
    loop.call_soon(int, 'x')
    await asyncio.sleep(0)
    t = asyncio.create_task(failing())
    await asyncio.sleep(0)
    del t
    await asyncio.sleep(0)
    loop.call_exception_handler({'message': 'custom', 'extra': 1})
    loop.set_exception_handler(None)
    loop.call_exception_handler({'message': 'to default'})
    try:
        loop.set_exception_handler(5)
    except TypeError as e:
        print(e)

asyncio.run(main())
