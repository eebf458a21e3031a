import asyncio

class Tagged(asyncio.Future):
    def __init__(self, tag, **kw):
        super().__init__(**kw)
        self.tag = tag

    def set_result(self, result):
        print('set_result on', self.tag)
        super().set_result((self.tag, result))

async def main():
    loop = asyncio.get_running_loop()
    f = Tagged('T1', loop=loop)
    loop.call_later(0.1, f.set_result, 'value')
    print(await f)
    print(isinstance(f, asyncio.Future), type(f).__mro__[1].__name__)
    g = Tagged('T2')
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print('cancelled subclass future')

asyncio.run(main())
