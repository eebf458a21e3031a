import asyncio

async def producer(q, log):
    for i in range(5):
        log.append(f'put {i} start (qsize={q.qsize()})')
        await q.put(i)
        log.append(f'put {i} done')

async def consumer(q, log):
    for _ in range(5):
        item = await q.get()
        log.append(f'got {item}')
        q.task_done()
        await asyncio.sleep(0)

async def main():
    q = asyncio.Queue(maxsize=2)
    log = []
    await asyncio.gather(producer(q, log), consumer(q, log))
    print('\n'.join(log))
    print(q.empty(), q.full(), q.maxsize)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty', repr(asyncio.QueueEmpty()))
    q.put_nowait('a'); q.put_nowait('b')
    try:
        q.put_nowait('c')
    except asyncio.QueueFull:
        print('QueueFull')
    print(q)
    try:
        q.task_done(); q.task_done(); q.task_done()
    except ValueError as e:
        print(e)

asyncio.run(main())
