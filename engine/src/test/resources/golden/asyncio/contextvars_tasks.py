# Each task runs in a copy of the context current at create_task (or the context= given); callbacks in theirs.
import asyncio, contextvars

req = contextvars.ContextVar('req', default='none')
log = []

async def child(n):
    print('child start', n, req.get())
    req.set(f'child{n}')
    await asyncio.sleep(0)
    print('child after sleep', n, req.get())
    return req.get()

def cb(tag):
    print('callback', tag, req.get())
    req.set('cb-set')

async def main():
    print('main', req.get())
    tok = req.set('main')
    t1 = asyncio.create_task(child(1))
    req.set('main2')
    t2 = asyncio.create_task(child(2))
    loop = asyncio.get_running_loop()
    loop.call_soon(cb, 'soon')
    ctx = contextvars.copy_context()
    ctx.run(req.set, 'in-ctx')
    loop.call_soon(cb, 'ctx', context=ctx)
    loop.call_later(0.01, cb, 'later')
    print(await t1, await t2, req.get())
    await asyncio.sleep(0.02)
    print('ctx value', ctx[req], req.get())
    t3 = asyncio.create_task(child(3), context=ctx)
    await t3
    print('after t3', ctx[req], req.get())
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('done cb', req.get()))
    req.set('before result')
    fut.set_result(1)
    await fut
    print(t1.done())
    req.reset(tok)
    print('reset', req.get())
    async with asyncio.TaskGroup() as tg:
        tg.create_task(child(4), context=ctx)
        tg.create_task(child(5))
    print('tg done', ctx[req])
    ctx2 = contextvars.copy_context()
    async def enter_twice():
        await asyncio.sleep(0)
    t = asyncio.create_task(enter_twice(), context=ctx2)
    try:
        ctx2.run(lambda: print('in ctx2', req.get()))
    except RuntimeError as e:
        print('err', e)
    await t
    h = loop.call_soon(print, 'x')
    print(type(h).__name__)
    await asyncio.sleep(0)

req.set('outer')
asyncio.run(main())
print('outside', req.get())
r = asyncio.Runner()
async def setter(v):
    old = req.get(); req.set(v); return old
print(r.run(setter('first')), r.run(setter('second')), req.get())
r.close()
