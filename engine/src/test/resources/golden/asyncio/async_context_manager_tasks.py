import asyncio

class Resource:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f'enter {self.name}')
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, et, e, tb):
        print(f'exit {self.name} {et.__name__ if et else None}')
        await asyncio.sleep(0)
        return et is KeyError

async def use(name, exc=None):
    async with Resource(name) as r:
        print(f'using {r.name}')
        await asyncio.sleep(0)
        if exc:
            raise exc
    return name

async def main():
    print(await asyncio.gather(use('a'), use('b', KeyError('k')), return_exceptions=True))
    try:
        await use('c', ValueError('v'))
    except ValueError as e:
        print('escaped', e)
    t = asyncio.create_task(use('d'))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('d cancelled')

asyncio.run(main())
