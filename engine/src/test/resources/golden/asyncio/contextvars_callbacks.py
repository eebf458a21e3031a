# Context propagation through call_soon/call_later/call_at, done-callbacks, gather, wait_for,
# TaskGroup and a context entered twice by two callbacks.
import asyncio
import contextvars

who = contextvars.ContextVar('who', default='root')
depth = contextvars.ContextVar('depth', default=0)


def show(tag):
    print(f'{tag}: who={who.get()} depth={depth.get()}')


def bump(tag):
    depth.set(depth.get() + 1)
    show(tag)


async def worker(name, n):
    who.set(name)
    for i in range(n):
        depth.set(depth.get() + 1)
        await asyncio.sleep(0)
    show(f'worker {name}')
    return f'{name}:{depth.get()}'


async def main():
    loop = asyncio.get_running_loop()
    who.set('main')
    shared = contextvars.copy_context()
    loop.call_soon(bump, 'soon shared 1', context=shared)
    loop.call_soon(bump, 'soon shared 2', context=shared)
    loop.call_soon(bump, 'soon default 1')
    loop.call_soon(bump, 'soon default 2')
    loop.call_later(0.001, bump, 'later shared', context=shared)
    loop.call_at(loop.time() + 0.002, bump, 'at shared', context=shared)
    await asyncio.sleep(0.01)
    print('shared depth', shared[depth], 'main depth', depth.get())

    results = await asyncio.gather(worker('a', 2), worker('b', 3))
    print(results, who.get(), depth.get())

    fut = loop.create_future()
    fut.add_done_callback(lambda f: show('done default'))
    fut.add_done_callback(lambda f: bump('done shared'), context=shared)
    who.set('main-later')
    fut.set_result(None)
    await asyncio.sleep(0)
    print('shared depth', shared[depth])

    async def slow():
        show('wait_for inner')
        who.set('inner')
        await asyncio.sleep(1)

    try:
        await asyncio.wait_for(slow(), 0.01)
    except TimeoutError:
        show('after wait_for')

    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(worker('g1', 1))
        t2 = tg.create_task(worker('g2', 2), context=shared)
    print(t1.result(), t2.result(), shared[who])

    def boom():
        who.set('boom')
        raise ValueError('callback failed')

    loop.call_soon(boom, context=shared)
    await asyncio.sleep(0)
    print('after boom', shared[who], who.get())

    def nested():
        try:
            shared.run(show, 'nested')
        except RuntimeError as e:
            print('nested:', str(e).split(':')[0])

    loop.call_soon(nested, context=shared)
    await asyncio.sleep(0)

    ctx = contextvars.copy_context()
    done = []

    async def t_in_ctx(tag):
        who.set(tag)
        await asyncio.sleep(0)
        done.append((tag, who.get()))

    a = asyncio.create_task(t_in_ctx('x'), context=ctx)
    b = asyncio.create_task(t_in_ctx('y'), context=ctx)
    await asyncio.gather(a, b)
    print(done, ctx[who])


asyncio.run(main())
show('end')
