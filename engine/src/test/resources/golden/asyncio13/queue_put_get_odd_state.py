# asyncio.Queue put()/get() when the queue's state is not what Queue itself set up: odd
# attribute values, a subclass, a class-level property, waiters that are not plain futures.
import asyncio
import collections


async def plain_order():
    q = asyncio.Queue(maxsize=2)
    log = []

    async def producer():
        for i in range(6):
            await q.put(i)
            log.append(('put', i, q.qsize()))

    async def consumer():
        for _ in range(6):
            item = await q.get()
            log.append(('got', item, q.qsize()))
            q.task_done()
            if item % 2:
                await asyncio.sleep(0)

    await asyncio.gather(producer(), consumer())
    print('plain:', log)
    print('unfinished:', q._unfinished_tasks, 'finished set:', q._finished.is_set())


async def odd_values():
    q = asyncio.Queue()
    q._unfinished_tasks = True
    await q.put('a')
    print('bool count:', q._unfinished_tasks, type(q._unfinished_tasks).__name__)
    q._maxsize = 1.5
    await q.put('b')
    print('float maxsize full:', q.full(), q.qsize())
    q._maxsize = 2 ** 70
    await q.put('c')
    print('big maxsize:', q.qsize(), q.full())
    q._queue = list(q._queue)
    await q.put('d')
    print('list storage:', q._queue)
    try:
        await q.get()
    except AttributeError as e:
        print('get from list:', e)
    q._queue = collections.deque(['x'], maxlen=1)
    await q.put('y')
    print('bounded deque:', list(q._queue), q._unfinished_tasks)
    print('got:', await q.get())


class CountingQueue(asyncio.Queue):
    def _put(self, item):
        print('  _put', item)
        super()._put(item)

    def _get(self):
        item = super()._get()
        print('  _get', item)
        return item


async def subclass():
    q = CountingQueue(maxsize=1)
    await q.put(1)
    print('sub got:', await q.get())
    await q.put(2)
    print('sub got:', await q.get())


class Waiter:
    def __init__(self, name):
        self.name = name
        self.value = 'unset'

    def done(self):
        print('  done?', self.name)
        return self.name == 'done-already'

    def set_result(self, value):
        print('  set_result', self.name, value)
        self.value = value


async def foreign_waiters():
    q = asyncio.Queue()
    q._getters.extend([Waiter('done-already'), Waiter('first'), Waiter('second')])
    await q.put('item')
    print('getters left:', [w.name for w in q._getters])
    q._putters.append(Waiter('putter'))
    print('got:', await q.get(), 'putters left:', len(q._putters))


async def class_property():
    q = asyncio.Queue(maxsize=5)
    asyncio.Queue._maxsize = property(lambda self: 1)
    try:
        await q.put(1)
        print('full through property:', q.full())
        try:
            await asyncio.wait_for(q.put(2), 0.01)
        except asyncio.TimeoutError:
            print('second put timed out (maxsize 1)')
    finally:
        del asyncio.Queue._maxsize
    await q.put(3)
    print('after removing the property:', q.qsize(), q.full())


async def event_replaced():
    q = asyncio.Queue()

    class Flag:
        pass

    q._finished = Flag()
    try:
        await q.put(1)
    except AttributeError as e:
        print('not an event:', e)
    q._finished = None
    try:
        await q.put(2)
    except AttributeError as e:
        print('no event:', e)
    print('size:', q.qsize(), 'unfinished:', q._unfinished_tasks)


async def event_clear_patched():
    q = asyncio.Queue()
    original = asyncio.Event.clear

    def noisy(self):
        print('  clear called, was', self._value)
        original(self)

    asyncio.Event.clear = noisy
    try:
        await q.put(1)
        q.get_nowait()
        q.task_done()
        q.put_nowait(2)
    finally:
        asyncio.Event.clear = original
    await q.put(3)
    print('clear patched:', q.qsize(), q._finished.is_set())


async def main():
    await plain_order()
    await odd_values()
    await subclass()
    await foreign_waiters()
    await class_property()
    await event_replaced()
    await event_clear_patched()


asyncio.run(main())
