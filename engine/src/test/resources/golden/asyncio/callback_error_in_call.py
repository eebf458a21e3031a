import asyncio, functools

def cb(*a):
    pass

class Obj:
    def method(self):
        pass
    async def am(self):
        await asyncio.sleep(0)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(functools.partial(cb, 1, x=2))
    print(repr(h).split(' at ')[0])
    h.cancel()
    print(repr(h))
    h2 = loop.call_soon(Obj().method)
    print(repr(h2).split(' at ')[0])
    h3 = loop.call_soon(print, 'x', 1)
    print(repr(h3))
    h3.cancel()
    h4 = loop.call_soon(len, [1, 2, 3])
    print(repr(h4))
    t = asyncio.create_task(Obj().am())
    print(repr(t).split(' coro=')[1].split(' running')[0])
    await t
    print(repr(t).split(' coro=')[1].split(' done')[0])
    g = asyncio.gather(asyncio.sleep(0))
    print(repr(g))
    await g
    print(repr(g))
    f = loop.create_future()
    f.add_done_callback(cb)
    f.add_done_callback(Obj().method)
    print(repr(f).replace(__file__, 'FILE'))
    f.set_result(None)
    print(repr(f).replace(__file__, 'FILE'))

asyncio.run(main())
