# Edge cases of asyncio's Python-level helpers: gather cancellation, shield, wait_for,
# Condition/Semaphore/Barrier, TaskGroup and Timeout reprs, Queue reprs, stream exceptions.
import asyncio


async def sleeper(d, tag, log):
    try:
        await asyncio.sleep(d)
        log.append(tag)
        return tag
    except asyncio.CancelledError as e:
        log.append(('cancelled', tag, e.args))
        raise


async def gather_cases():
    log = []
    t1 = asyncio.ensure_future(sleeper(1, 'a', log))
    t2 = asyncio.ensure_future(sleeper(2, 'b', log))
    g = asyncio.gather(t1, t2, t1, return_exceptions=True)
    await asyncio.sleep(0)
    print('cancel ->', g.cancel('stop'))
    try:
        await g
    except asyncio.CancelledError as e:
        print('gather cancelled', e.args)
    print(log)
    r = await asyncio.gather(asyncio.sleep(0, 1), asyncio.sleep(0, 2), return_exceptions=True)
    print(r)

    async def boom():
        await asyncio.sleep(0)
        raise ValueError('boom')
    print(await asyncio.gather(boom(), asyncio.sleep(0, 'x'), return_exceptions=True))
    try:
        await asyncio.gather(boom(), asyncio.sleep(0.01, 'y'))
    except ValueError as e:
        print('gather raised', e)
    print(await asyncio.gather())


async def shield_cases():
    log = []
    inner = asyncio.ensure_future(sleeper(0.01, 'inner', log))
    outer = asyncio.shield(inner)
    outer.cancel()
    await asyncio.sleep(0.02)
    print('shield', outer.cancelled(), inner.result(), log)
    f = asyncio.get_running_loop().create_future()
    s = asyncio.shield(f)
    f.set_exception(KeyError('k'))
    try:
        await s
    except KeyError as e:
        print('shield exc', repr(e))


async def wait_for_cases():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        print('timeout', type(e.__cause__).__name__, type(e.__context__).__name__)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0)
    except asyncio.TimeoutError as e:
        print('timeout0', type(e.__cause__).__name__)
    print(await asyncio.wait_for(asyncio.sleep(0, 'fast'), 1))
    print(await asyncio.wait_for(asyncio.sleep(0, 'none'), None))

    async def stubborn():
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError:
            return 'swallowed'
    print(await asyncio.wait_for(stubborn(), 0.01))
    done, pending = await asyncio.wait([asyncio.ensure_future(asyncio.sleep(0.01, 1)),
                                        asyncio.ensure_future(asyncio.sleep(1, 2))],
                                       return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending))
    for p in pending:
        p.cancel()


async def lock_cases():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    sem = asyncio.BoundedSemaphore(2)
    print(repr(lock).split(' object at ')[0], repr(lock).split(']')[0].split('[')[1])
    order = []

    async def worker(i):
        async with cond:
            order.append(('wait', i))
            await cond.wait()
            order.append(('woke', i))

    ws = [asyncio.ensure_future(worker(i)) for i in range(3)]
    await asyncio.sleep(0)
    async with cond:
        print(repr(cond).split('[')[1])
        cond.notify(2)
    await asyncio.sleep(0)
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ws)
    print(order)
    async with sem:
        print(repr(sem).split('[')[1], sem.locked())
    try:
        sem.release()
    except ValueError as e:
        print(e)
    try:
        lock.release()
    except RuntimeError as e:
        print(e)
    ev = asyncio.Event()
    print(repr(ev).split('[')[1])

    async def ev_waiter():
        return await ev.wait()
    t = asyncio.ensure_future(ev_waiter())
    await asyncio.sleep(0)
    print(repr(ev).split('[')[1])
    ev.set()
    print(await t)

    # a cancelled Condition.wait reacquires before raising
    async def cancelled_waiter():
        async with cond:
            try:
                await cond.wait()
            except asyncio.CancelledError:
                print('cancelled, holding lock:', cond.locked())
                raise
    t = asyncio.ensure_future(cancelled_waiter())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print('waiter cancelled')


async def barrier_cases():
    b = asyncio.Barrier(3)
    print(repr(b).split('[')[1])

    async def party(i):
        idx = await b.wait()
        return i, idx
    print(await asyncio.gather(*(party(i) for i in range(3))))
    print(repr(b).split('[')[1], b.n_waiting, b.broken)
    t = asyncio.ensure_future(party(9))
    await asyncio.sleep(0)
    print(b.n_waiting)
    await b.reset()
    try:
        await t
    except asyncio.BrokenBarrierError as e:
        print('broken', e)
    await b.abort()
    print(repr(b).split('[')[1])
    try:
        await b.wait()
    except asyncio.BrokenBarrierError as e:
        print('broken', e)


async def group_cases():
    async with asyncio.TaskGroup() as tg:
        print(repr(tg))
        tg.create_task(asyncio.sleep(0))
        print(repr(tg))
    print(repr(tg))
    c = asyncio.sleep(0)
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print(str(e).replace(repr(tg), 'TG'))
    c.close()

    async def fail(n):
        await asyncio.sleep(n / 100)
        raise ValueError(n)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(1))
            tg.create_task(fail(2))
            tg.create_task(asyncio.sleep(5))
            await asyncio.sleep(1)
    except* ValueError as eg:
        print('group', [str(e) for e in eg.exceptions])
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm), cm.expired())
    try:
        async with asyncio.timeout(0.01) as cm:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print('timed out', repr(cm), cm.expired(), type(e.__cause__).__name__)


async def queue_cases():
    q = asyncio.Queue(2)
    print(str(q))
    await q.put(1)
    q.put_nowait(2)
    print(str(q), q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print('full')
    t = asyncio.ensure_future(q.put(3))
    await asyncio.sleep(0)
    print(str(q))
    print(await q.get(), q.get_nowait())
    await t
    print(str(q))
    for _ in range(3):
        q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(e)
    await q.join()
    pq = asyncio.PriorityQueue()
    lq = asyncio.LifoQueue()
    for x in (3, 1, 2):
        pq.put_nowait(x)
        await lq.put(x)
    print([pq.get_nowait() for _ in range(3)], [await lq.get() for _ in range(3)])
    print(str(pq), asyncio.Queue[int])
    g = asyncio.ensure_future(q.get())
    await asyncio.sleep(0)
    g.cancel()
    await asyncio.sleep(0)
    print(str(q), g.cancelled())


def exceptions():
    e = asyncio.IncompleteReadError(b'ab', 5)
    print(e, e.partial, e.expected, asyncio.IncompleteReadError(b'', None))
    cls, args = e.__reduce__()
    e2 = cls(*args)
    print(type(e2).__name__, e2.partial, e2.expected)
    l = asyncio.LimitOverrunError('too long', 7)
    cls, args = l.__reduce__()
    l2 = cls(*args)
    print(l2, l2.consumed)


async def main():
    for case in (gather_cases, shield_cases, wait_for_cases, lock_cases, barrier_cases, group_cases, queue_cases):
        print('--', case.__name__)
        await case()
    exceptions()

asyncio.run(main())
