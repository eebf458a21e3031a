import asyncio

def handler(loop, ctx):
    print('handler got', ctx['message'].split(' at ')[0])
    raise RuntimeError('handler broke')

async def main():
    loop = asyncio.get_running_loop()
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: [][1])
    await asyncio.sleep(0)
    print('still running')

asyncio.run(main())
